#include "base/strings.h"

#include <cctype>

namespace ddlint::str {

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    char y = b[i];
    if (x >= 'A' && x <= 'Z') {
      x = static_cast<char>(x - 'A' + 'a');
    }
    if (y >= 'A' && y <= 'Z') {
      y = static_cast<char>(y - 'A' + 'a');
    }
    if (x != y) {
      return false;
    }
  }
  return true;
}

std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b])) != 0) {
    ++b;
  }
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])) != 0) {
    --e;
  }
  return s.substr(b, e - b);
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i != 0) {
      out += sep;
    }
    out += parts[i];
  }
  return out;
}

bool contains_word(std::string_view snake_name, std::string_view word) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= snake_name.size(); ++i) {
    if (i == snake_name.size() || snake_name[i] == '_') {
      if (snake_name.substr(start, i - start) == word) {
        return true;
      }
      start = i + 1;
    }
  }
  return false;
}

namespace {

bool glob_at(std::string_view p, std::string_view t) {
  std::size_t pi = 0;
  std::size_t ti = 0;
  while (pi < p.size()) {
    if (p[pi] == '*') {
      const bool deep = pi + 1 < p.size() && p[pi + 1] == '*';
      std::size_t next = pi + (deep ? 2 : 1);
      // "**/" also matches zero directories.
      if (deep && next < p.size() && p[next] == '/' && glob_at(p.substr(next + 1), t.substr(ti))) {
        return true;
      }
      for (std::size_t k = ti; k <= t.size(); ++k) {
        if (glob_at(p.substr(next), t.substr(k))) {
          return true;
        }
        if (k < t.size() && t[k] == '/' && !deep) {
          break;
        }
      }
      return false;
    }
    if (ti >= t.size()) {
      return false;
    }
    if (p[pi] != '?' && p[pi] != t[ti]) {
      return false;
    }
    if (p[pi] == '?' && t[ti] == '/') {
      return false;
    }
    ++pi;
    ++ti;
  }
  return ti == t.size();
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

} // namespace

bool glob_match(std::string_view pattern, std::string_view text) {
  return glob_at(pattern, text);
}

bool natural_less(std::string_view a, std::string_view b) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      std::size_t ie = i;
      std::size_t je = j;
      while (ie < a.size() && is_digit(a[ie])) {
        ++ie;
      }
      while (je < b.size() && is_digit(b[je])) {
        ++je;
      }
      // Compare numerically by stripping leading zeros, then by length, then digits.
      std::size_t is = i;
      std::size_t js = j;
      while (is + 1 < ie && a[is] == '0') {
        ++is;
      }
      while (js + 1 < je && b[js] == '0') {
        ++js;
      }
      const std::string_view da = a.substr(is, ie - is);
      const std::string_view db = b.substr(js, je - js);
      if (da.size() != db.size()) {
        return da.size() < db.size();
      }
      if (da != db) {
        return da < db;
      }
      if ((ie - i) != (je - j)) {
        return (ie - i) < (je - j); // fewer leading zeros first
      }
      i = ie;
      j = je;
      continue;
    }
    if (a[i] != b[j]) {
      return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    }
    ++i;
    ++j;
  }
  return (a.size() - i) < (b.size() - j);
}

std::string quote_ident(std::string_view ident, bool force) {
  bool plain = !ident.empty() && !force;
  if (plain) {
    const char c0 = ident[0];
    plain = (c0 >= 'a' && c0 <= 'z') || c0 == '_';
    for (const char c : ident) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$')) {
        plain = false;
        break;
      }
    }
  }
  if (plain) {
    return std::string(ident);
  }
  std::string out = "\"";
  for (const char c : ident) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  out += '"';
  return out;
}

std::string quote_literal(std::string_view value) {
  std::string out = "'";
  for (const char c : value) {
    if (c == '\'') {
      out += '\'';
    }
    out += c;
  }
  out += '\'';
  return out;
}

std::uint64_t fnv1a64(std::string_view data, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (const char c : data) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string hex64(std::uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kDigits[value & 0xFU];
    value >>= 4U;
  }
  return out;
}

namespace {

constexpr std::size_t kMaxLiteralAlternatives = 64;

bool literal_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Expands a sequence of literal characters and groups, up to `|`, `)`, `$` or the end, into
// the strings it matches. False on anything else.
bool expand_alternation(std::string_view p, std::size_t& i, std::vector<std::string>& out);

bool expand_sequence(std::string_view p, std::size_t& i, std::vector<std::string>& out) {
  out.assign(1, std::string());
  while (i < p.size() && p[i] != '|' && p[i] != ')' && p[i] != '$') {
    if (literal_char(p[i])) {
      for (std::string& s : out) {
        s.push_back(p[i]);
      }
      ++i;
      continue;
    }
    if (p[i] != '(' || (i + 1 < p.size() && p[i + 1] == '?')) {
      return false;
    }
    ++i;
    std::vector<std::string> group;
    if (!expand_alternation(p, i, group) || i >= p.size() || p[i] != ')') {
      return false;
    }
    ++i;
    if (out.size() * group.size() > kMaxLiteralAlternatives) {
      return false;
    }
    std::vector<std::string> next;
    next.reserve(out.size() * group.size());
    for (const std::string& a : out) {
      for (const std::string& b : group) {
        next.push_back(a + b);
      }
    }
    out = std::move(next);
  }
  return true;
}

bool expand_alternation(std::string_view p, std::size_t& i, std::vector<std::string>& out) {
  out.clear();
  for (;;) {
    std::vector<std::string> seq;
    if (!expand_sequence(p, i, seq)) {
      return false;
    }
    out.insert(out.end(), seq.begin(), seq.end());
    if (out.size() > kMaxLiteralAlternatives) {
      return false;
    }
    if (i < p.size() && p[i] == '|') {
      ++i;
      continue;
    }
    return i >= p.size() || p[i] == ')';
  }
}

} // namespace

std::optional<LiteralPattern> LiteralPattern::parse(std::string_view pattern) {
  std::string_view p = pattern;
  // One group around everything: "(a|b)" matches what "a|b" matches.
  if (p.size() >= 2 && p.front() == '(' && p.back() == ')' && p.substr(0, 2) != "(?") {
    int depth = 0;
    bool wraps = true;
    for (std::size_t i = 0; i < p.size(); ++i) {
      depth += p[i] == '(' ? 1 : p[i] == ')' ? -1 : 0;
      if (depth == 0 && i + 1 < p.size()) {
        wraps = false;
        break;
      }
    }
    if (wraps) {
      p = p.substr(1, p.size() - 2);
    }
  }
  LiteralPattern lp;
  std::size_t i = 0;
  for (;;) {
    Alt alt;
    if (i < p.size() && p[i] == '^') {
      alt.anchored_begin = true;
      ++i;
    }
    std::vector<std::string> seq;
    if (!expand_sequence(p, i, seq)) {
      return std::nullopt;
    }
    if (i < p.size() && p[i] == '$') {
      alt.anchored_end = true;
      ++i;
    }
    for (std::string& s : seq) {
      alt.literal = std::move(s);
      lp.alts_.push_back(alt);
    }
    if (lp.alts_.size() > kMaxLiteralAlternatives) {
      return std::nullopt;
    }
    if (i >= p.size()) {
      return lp;
    }
    if (p[i] != '|') {
      return std::nullopt;
    }
    ++i;
  }
}

bool LiteralPattern::matches(std::string_view text) const {
  for (const Alt& a : alts_) {
    bool ok = false;
    if (a.anchored_begin && a.anchored_end) {
      ok = text == a.literal;
    } else if (a.anchored_begin) {
      ok = text.starts_with(a.literal);
    } else if (a.anchored_end) {
      ok = text.ends_with(a.literal);
    } else {
      ok = text.find(a.literal) != std::string_view::npos;
    }
    if (ok) {
      return true;
    }
  }
  return false;
}

} // namespace ddlint::str
