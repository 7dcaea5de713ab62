#include "catalog/live/connection.h"

#include "base/error.h"
#include "catalog/live/pq_api.h"

#include <cstdlib>
#include <cstring>

namespace ddlint::catalog::live {
namespace {

bool is_uri(std::string_view url) {
  return url.starts_with("postgresql://") || url.starts_with("postgres://");
}

// Replaces each `password=value` (key=value syntax, or a URI query parameter when `uri`).
std::string mask_keyword(std::string s, bool uri) {
  std::size_t from = 0;
  for (;;) {
    const std::size_t at = s.find("password", from);
    if (at == std::string::npos) {
      return s;
    }
    std::size_t p = at + 8;
    const bool word_start =
        at == 0 || s[at - 1] == ' ' || s[at - 1] == '\t' || s[at - 1] == '?' || s[at - 1] == '&';
    while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) {
      ++p;
    }
    if (!word_start || p >= s.size() || s[p] != '=') {
      from = at + 8;
      continue;
    }
    ++p;
    while (!uri && p < s.size() && (s[p] == ' ' || s[p] == '\t')) {
      ++p;
    }
    std::size_t end = p;
    if (uri) {
      while (end < s.size() && s[end] != '&' && s[end] != '#') {
        ++end;
      }
    } else if (end < s.size() && s[end] == '\'') {
      ++end;
      while (end < s.size() && s[end] != '\'') {
        end += (s[end] == '\\' && end + 1 < s.size()) ? 2U : 1U;
      }
      end = std::min(end + 1, s.size());
    } else {
      while (end < s.size() && s[end] != ' ' && s[end] != '\t') {
        ++end;
      }
    }
    s.replace(p, end - p, "***");
    from = p + 3;
  }
}

// The password libpq would use from `url`, to scrub it from messages ("" when none or invalid).
std::string password_of(const std::string& url) {
  const PqApi& pq = pq_api();
  char* err = nullptr;
  PQconninfoOption* opts = pq.PQconninfoParse(url.c_str(), &err);
  std::string pw;
  if (opts != nullptr) {
    for (PQconninfoOption* o = opts; o->keyword != nullptr; ++o) {
      if (std::strcmp(o->keyword, "password") == 0 && o->val != nullptr) {
        pw = o->val;
      }
    }
    pq.PQconninfoFree(opts);
  }
  pq.PQfreemem(err);
  return pw;
}

// libpq's messages can quote the connection string (invalid URIs): print the masked one, and
// blank the password wherever it still appears.
std::string scrub(std::string msg, const std::string& url, const std::string& password) {
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) {
    msg.pop_back();
  }
  const std::string masked = mask_password(url);
  for (std::size_t at = msg.find(url); !url.empty() && at != std::string::npos;
       at = msg.find(url, at + masked.size())) {
    msg.replace(at, url.size(), masked);
  }
  if (password.size() >= 3) {
    for (std::size_t at = msg.find(password); at != std::string::npos;
         at = msg.find(password, at + 3)) {
      msg.replace(at, password.size(), "***");
    }
  }
  return msg;
}

} // namespace

std::string mask_password(std::string_view url) {
  std::string s(url);
  if (!is_uri(s)) {
    return mask_keyword(std::move(s), false);
  }
  const std::size_t authority = s.find("//") + 2;
  std::size_t path = s.find_first_of("/?#", authority);
  if (path == std::string::npos) {
    path = s.size();
  }
  const std::size_t at = s.rfind('@', path);
  if (at != std::string::npos && at >= authority) {
    const std::size_t colon = s.find(':', authority);
    if (colon != std::string::npos && colon < at) {
      s.replace(colon + 1, at - colon - 1, "***");
    }
  }
  return mask_keyword(std::move(s), true);
}

Rows::~Rows() {
  pq_api().PQclear(r_);
}

std::size_t Rows::size() const {
  return static_cast<std::size_t>(pq_api().PQntuples(r_));
}

bool Rows::null(std::size_t row, int col) const {
  return pq_api().PQgetisnull(r_, static_cast<int>(row), col) != 0;
}

std::string_view Rows::text(std::size_t row, int col) const {
  const PqApi& pq = pq_api();
  const int r = static_cast<int>(row);
  return {pq.PQgetvalue(r_, r, col), static_cast<std::size_t>(pq.PQgetlength(r_, r, col))};
}

bool Rows::boolean(std::size_t row, int col) const {
  return chr(row, col) == 't';
}

std::int64_t Rows::integer(std::size_t row, int col) const {
  return null(row, col)
             ? 0
             : std::strtoll(pq_api().PQgetvalue(r_, static_cast<int>(row), col), nullptr, 10);
}

char Rows::chr(std::size_t row, int col) const {
  const std::string_view v = text(row, col);
  return v.empty() ? '\0' : v.front();
}

std::vector<std::string> Rows::array(std::size_t row, int col) const {
  return null(row, col) ? std::vector<std::string>{} : parse_text_array(text(row, col));
}

Connection::Connection(const std::string& url) : masked_url_(mask_password(url)) {
  const PqApi& pq = pq_api();
  const std::string password = password_of(url);
  char* err = nullptr;
  PQconninfoOption* opts = pq.PQconninfoParse(url.c_str(), &err);
  if (opts == nullptr) {
    const std::string msg =
        err != nullptr ? scrub(err, url, password) : std::string("out of memory");
    pq.PQfreemem(err);
    throw DbError("invalid --db connection string \"" + masked_url_ + "\": " + msg);
  }
  pq.PQconninfoFree(opts);
  // Earlier entries are defaults: the expanded URL overrides them.
  const char* const keywords[] = {"connect_timeout", "fallback_application_name", "dbname",
                                  nullptr};
  const char* const values[] = {"10", "ddlint", url.c_str(), nullptr};
  c_ = pq.PQconnectdbParams(keywords, values, 1);
  if (c_ == nullptr) {
    throw DbError("cannot connect to " + masked_url_ + ": out of memory");
  }
  if (pq.PQstatus(c_) != CONNECTION_OK) {
    const std::string msg = scrub(pq.PQerrorMessage(c_), url, password);
    pq.PQfinish(c_);
    c_ = nullptr;
    throw DbError("cannot connect to " + masked_url_ + ": " + msg);
  }
}

Connection::~Connection() {
  pq_api().PQfinish(c_);
}

int Connection::server_version() const {
  return pq_api().PQserverVersion(c_);
}

std::string Connection::label() const {
  const PqApi& pq = pq_api();
  const char* host = pq.PQhost(c_);
  const char* port = pq.PQport(c_);
  const char* db = pq.PQdb(c_);
  std::string h = host != nullptr ? host : "";
  if (h.empty() || h.front() == '/') {
    h = "localhost";
  }
  return "db:" + h + (port != nullptr && *port != '\0' ? ":" + std::string(port) : "") + "/" +
         (db != nullptr ? db : "");
}

Rows Connection::query(const std::string& sql, const std::vector<const char*>& params) {
  const PqApi& pq = pq_api();
  PGresult* r = pq.PQexecParams(c_, sql.c_str(), static_cast<int>(params.size()), nullptr,
                                params.empty() ? nullptr : params.data(), nullptr, nullptr, 0);
  const ExecStatusType st = pq.PQresultStatus(r);
  if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
    std::string msg = r != nullptr ? pq.PQresultErrorMessage(r) : pq.PQerrorMessage(c_);
    pq.PQclear(r);
    while (!msg.empty() && msg.back() == '\n') {
      msg.pop_back();
    }
    throw DbError("reading the catalog of " + masked_url_ + " failed: " + msg);
  }
  return Rows(r);
}

void Connection::exec(const std::string& sql) {
  query(sql);
}

std::vector<std::string> parse_text_array(std::string_view s) {
  std::vector<std::string> out;
  // Arrays with other lower bounds (int2vector::int2[] is 0-based) print "[0:2]={...}".
  if (!s.empty() && s.front() == '[') {
    const auto eq = s.find('=');
    s = eq == std::string_view::npos ? std::string_view{} : s.substr(eq + 1);
  }
  if (s.size() < 2 || s.front() != '{') {
    return out;
  }
  std::size_t i = 1;
  while (i < s.size() && s[i] != '}') {
    std::string item;
    if (s[i] == '"') {
      ++i;
      while (i < s.size() && s[i] != '"') {
        if (s[i] == '\\' && i + 1 < s.size()) {
          ++i;
        }
        item += s[i++];
      }
      ++i; // closing quote
    } else {
      while (i < s.size() && s[i] != ',' && s[i] != '}') {
        item += s[i++];
      }
      if (item == "NULL") {
        item.clear();
      }
    }
    out.push_back(std::move(item));
    if (i < s.size() && s[i] == ',') {
      ++i;
    }
  }
  return out;
}

} // namespace ddlint::catalog::live
