// Small string utilities (ASCII case folding, splitting, glob matching, natural order).
// No ddlint concepts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ddlint::str {

std::string to_lower(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
std::string_view trim(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
bool contains_word(std::string_view snake_name, std::string_view word); // whole '_'-separated word

// Glob match: '*' matches any run of characters except '/', "**" matches across '/', '?' one
// character. Case-sensitive.
bool glob_match(std::string_view pattern, std::string_view text);

// Natural order: digit runs compare by numeric value ("V2__a" < "V10__b"), the rest bytewise.
bool natural_less(std::string_view a, std::string_view b);

// Quotes an SQL identifier only when PostgreSQL needs it (not lower-case snake, or empty).
// Keywords are not considered here; callers that care pass `force`.
std::string quote_ident(std::string_view ident, bool force = false);
// Single-quoted SQL literal.
std::string quote_literal(std::string_view value);

// A regular expression that only tests for literal prefixes, suffixes, whole names or
// substrings, such as "^(idx|ix)_" or "(^uq_|_(key|unique)$)", matched without a regex engine.
// parse() accepts alternations ('|') of: an optional '^', a sequence of letters, digits, '_' and
// parenthesized groups of such alternations (no anchors inside nested groups), an optional '$';
// the whole may be wrapped in one group. For what it accepts, matches() answers exactly what
// std::regex_search with std::regex::ECMAScript answers; anything else returns nullopt.
class LiteralPattern {
public:
  static std::optional<LiteralPattern> parse(std::string_view pattern);
  bool matches(std::string_view text) const;

private:
  struct Alt {
    bool anchored_begin = false;
    bool anchored_end = false;
    std::string literal;
  };
  std::vector<Alt> alts_;
};

// 64-bit FNV-1a.
std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed = 0xcbf29ce484222325ULL);
std::string hex64(std::uint64_t value);

} // namespace ddlint::str
