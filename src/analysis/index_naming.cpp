#include "analysis/index_naming.h"

#include "catalog/naming.h"

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <regex>
#include <span>

namespace ddlint::analysis {
namespace {

struct Style {
  std::string_view prefix;
  std::string_view suffix;
  std::string_view infix = "_"; // between the table and the columns
};

// Conventional spellings per kind, the SPEC default's first. Rails and GitLab name indexes
// `index_<table>_on_<cols>`; Django and SQLAlchemy use `ix_<table>_<cols>`; PostgreSQL's own
// generated names end in `_idx`.
constexpr std::array<Style, 10> kIndexStyles{{{"idx_", ""},
                                              {"ix_", ""},
                                              {"", "_idx"},
                                              {"index_", "", "_on_"},
                                              {"", "_index"},
                                              {"index_", ""},
                                              {"", "_ix"},
                                              {"i_", ""},
                                              {"idx_", "", "_on_"},
                                              {"", "_key"}}};
constexpr std::array<Style, 6> kFkStyles{
    {{"fk_", ""}, {"", "_fkey"}, {"", "_fk"}, {"fkey_", ""}, {"fk", ""}, {"", "_foreign"}}};
constexpr std::array<Style, 6> kCheckStyles{
    {{"chk_", ""}, {"check_", ""}, {"", "_check"}, {"", "_chk"}, {"ck_", ""}, {"", "_ck"}}};

std::span<const Style> styles(NameKind kind) {
  switch (kind) {
  case NameKind::Index:
    return kIndexStyles;
  case NameKind::ForeignKey:
    return kFkStyles;
  case NameKind::Check:
    return kCheckStyles;
  }
  return kIndexStyles;
}

// Longest prefix of `s` of at most `len` bytes that does not split a UTF-8 character.
std::string_view clip(std::string_view s, std::size_t len) {
  len = std::min(len, s.size());
  while (len > 0 && len < s.size() && (static_cast<unsigned char>(s[len]) & 0xC0U) == 0x80U) {
    --len;
  }
  return s.substr(0, len);
}

// table<infix>cols[_word] shortened to `avail` bytes, the longer of the table and column parts
// first (PostgreSQL's makeObjectName).
std::string body(std::string_view table, std::string_view infix, std::string_view cols,
                 std::string_view word, std::size_t avail) {
  const std::size_t fixed =
      (cols.empty() ? 0 : infix.size()) + (word.empty() ? 0 : word.size() + 1);
  const std::size_t room = avail > fixed ? avail - fixed : 0;
  std::size_t n1 = table.size();
  std::size_t n2 = cols.size();
  while (n1 + n2 > room) {
    if (n1 > n2) {
      --n1;
    } else {
      --n2;
    }
  }
  std::string out(clip(table, n1));
  if (!cols.empty()) {
    out += infix;
    out += clip(cols, n2);
  }
  if (!word.empty()) {
    out += '_';
    out += word;
  }
  return out;
}

std::string make(const Style& st, std::string_view table, std::string_view cols,
                 std::string_view word, unsigned n) {
  const std::string digits = n == 0 ? std::string() : std::to_string(n);
  const std::size_t overhead = st.prefix.size() + st.suffix.size() + digits.size();
  const std::size_t avail =
      catalog::kMaxIdentifierBytes > overhead ? catalog::kMaxIdentifierBytes - overhead : 0;
  return std::string(st.prefix) + body(table, st.infix, cols, word, avail) + digits +
         std::string(st.suffix);
}

} // namespace

std::string naming_pattern(const Config& config, NameKind kind) {
  std::string_view option = "index";
  std::string fallback = "^(idx|ix)_";
  if (kind == NameKind::ForeignKey) {
    option = "foreign_key";
    fallback = "^fk_";
  } else if (kind == NameKind::Check) {
    option = "check";
    fallback = "^(chk|check)_";
  }
  if (const RuleSetting* s = config.setting("constraint-naming")) {
    for (const auto& [name, value] : s->options) {
      if (name != option) {
        continue;
      }
      const nlohmann::json j = nlohmann::json::parse(value, nullptr, false);
      if (j.is_string()) {
        return j.get<std::string>();
      }
    }
  }
  return fallback;
}

std::string suggest_name(NameKind kind, std::string_view pattern, std::string_view table,
                         const std::vector<std::string>& columns, std::string_view word,
                         const std::function<bool(std::string_view)>& taken, bool* matches) {
  const std::string cols = catalog::name_addition(columns);
  const std::span<const Style> all = styles(kind);
  const Style* chosen = all.data();
  std::optional<std::regex> re;
  try {
    re.emplace(std::string(pattern));
  } catch (const std::regex_error&) {
    // An invalid pattern is constraint-naming's to report; use the default spelling.
  }
  if (re) {
    for (const Style& st : all) {
      if (std::regex_search(make(st, table, cols, word, 0), *re)) {
        chosen = &st;
        break;
      }
    }
  }
  constexpr unsigned kMaxTries = 10000;
  std::string name = make(*chosen, table, cols, word, 0);
  for (unsigned n = 1; taken && taken(name) && n < kMaxTries; ++n) {
    name = make(*chosen, table, cols, word, n);
  }
  if (matches != nullptr) {
    // The final name (shortened, numbered) is what must match.
    *matches = !re || std::regex_search(name, *re);
  }
  return name;
}

} // namespace ddlint::analysis
