// A libpq connection for the live-database reader: connects with a timeout, runs catalog queries
// in one read-only snapshot, and turns every failure into a DbError whose message names the
// (password-masked) URL. Internal to catalog/live.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace ddlint::catalog::live {

// `url` with any password replaced by "***": URI userinfo (postgresql://u:secret@h/db), a
// `password=` URI parameter, and `password=...` in key=value connection strings.
std::string mask_password(std::string_view url);

// One query result, text format. Rows and columns are 0-based.
class Rows {
public:
  explicit Rows(pg_result* r) : r_(r) {}
  Rows(Rows&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }
  Rows& operator=(Rows&&) = delete;
  Rows(const Rows&) = delete;
  Rows& operator=(const Rows&) = delete;
  ~Rows();

  std::size_t size() const;
  bool null(std::size_t row, int col) const;
  std::string_view text(std::size_t row, int col) const;          // "" for NULL
  bool boolean(std::size_t row, int col) const;                   // 't'
  std::int64_t integer(std::size_t row, int col) const;           // 0 for NULL
  char chr(std::size_t row, int col) const;                       // first byte, '\0' for NULL/empty
  std::vector<std::string> array(std::size_t row, int col) const; // a 1-D text[] literal

private:
  pg_result* r_;
};

class Connection {
public:
  // Connects (connect_timeout 10 s unless the URL sets one); throws DbError.
  explicit Connection(const std::string& url);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();

  int server_version() const; // e.g. 150018
  // "db:host:port/dbname" for reports.
  std::string label() const;
  // Runs `sql` with text parameters (nullptr entries are SQL NULL); throws DbError.
  Rows query(const std::string& sql, const std::vector<const char*>& params = {});
  void exec(const std::string& sql);

private:
  pg_conn* c_ = nullptr;
  std::string masked_url_;
};

// Parses a one-dimensional array literal of PostgreSQL's text output ("{a,\"b c\",NULL}").
// NULL elements become "".
std::vector<std::string> parse_text_array(std::string_view literal);

} // namespace ddlint::catalog::live
