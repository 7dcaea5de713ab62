#include "parse/splitter.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace ddlint::parse {
namespace {

constexpr std::size_t kNameMax = 63; // NAMEDATALEN - 1
constexpr int kMaxRecoveries = 1000;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_ident_start(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80U;
}
bool is_ident_cont(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  return is_ident_start(ch) || (c >= '0' && c <= '9') || c == '$';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool word_is(std::string_view word, const char* lower) {
  const std::size_t n = std::strlen(lower);
  if (word.size() != n) {
    return false;
  }
  for (std::size_t i = 0; i < n; ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
    if (c != lower[i]) {
      return false;
    }
  }
  return true;
}

std::string fold(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

// Shared lexing primitives. Each `skip_*` takes the position of the opening delimiter and
// returns the position just past the construct, or npos when it is unterminated.
constexpr std::size_t npos = std::string_view::npos;

std::size_t skip_line_comment(std::string_view t, std::size_t p) {
  while (p < t.size() && t[p] != '\n' && t[p] != '\r') {
    ++p;
  }
  return p;
}

std::size_t skip_block_comment(std::string_view t, std::size_t p) {
  int depth = 0;
  while (p + 1 < t.size() || (p < t.size() && depth == 0)) {
    if (t[p] == '/' && p + 1 < t.size() && t[p + 1] == '*') {
      ++depth;
      p += 2;
    } else if (t[p] == '*' && p + 1 < t.size() && t[p + 1] == '/') {
      --depth;
      p += 2;
      if (depth == 0) {
        return p;
      }
    } else {
      ++p;
    }
  }
  return npos;
}

// '...' with '' escapes; backslash escapes too when `escapes` (E'...').
std::size_t skip_string(std::string_view t, std::size_t p, bool escapes) {
  ++p; // opening quote
  while (p < t.size()) {
    const char c = t[p];
    if (escapes && c == '\\') {
      p += 2;
      continue;
    }
    if (c == '\'') {
      if (p + 1 < t.size() && t[p + 1] == '\'') {
        p += 2;
        continue;
      }
      return p + 1;
    }
    ++p;
  }
  return npos;
}

std::size_t skip_quoted_ident(std::string_view t, std::size_t p) {
  ++p;
  while (p < t.size()) {
    if (t[p] == '"') {
      if (p + 1 < t.size() && t[p + 1] == '"') {
        p += 2;
        continue;
      }
      return p + 1;
    }
    ++p;
  }
  return npos;
}

// At '$': the length of a dollar-quote delimiter ($tag$ or $$), or 0 when this is not one.
std::size_t dollar_tag_length(std::string_view t, std::size_t p) {
  std::size_t q = p + 1;
  if (q < t.size() && t[q] == '$') {
    return 2;
  }
  if (q >= t.size() || !is_ident_start(t[q])) {
    return 0;
  }
  while (q < t.size() && is_ident_cont(t[q]) && t[q] != '$') {
    ++q;
  }
  if (q < t.size() && t[q] == '$') {
    return q - p + 1;
  }
  return 0;
}

std::size_t skip_dollar_quote(std::string_view t, std::size_t p, std::size_t tag_len) {
  const std::string_view tag = t.substr(p, tag_len);
  const std::size_t close = t.find(tag, p + tag_len);
  return close == npos ? npos : close + tag_len;
}

std::size_t line_end(std::string_view t, std::size_t p) {
  while (p < t.size() && t[p] != '\n' && t[p] != '\r') {
    ++p;
  }
  return p;
}

std::size_t next_line(std::string_view t, std::size_t p) {
  p = line_end(t, p);
  if (p < t.size() && t[p] == '\r') {
    ++p;
  }
  if (p < t.size() && t[p] == '\n') {
    ++p;
  }
  return p;
}

class Splitter {
public:
  explicit Splitter(std::string_view input) : in_(input) {}

  SplitResult run() {
    std::size_t p = 0;
    int recoveries = 0;
    const std::string_view t = in_;
    while (p < t.size()) {
      const char c = t[p];
      if (is_space(c)) {
        ++p;
        continue;
      }
      if (c == '-' && p + 1 < t.size() && t[p + 1] == '-') {
        const std::size_t e = skip_line_comment(t, p);
        add_comment(p, e, false);
        p = e;
        continue;
      }
      if (c == '/' && p + 1 < t.size() && t[p + 1] == '*') {
        const std::size_t e = skip_block_comment(t, p);
        if (e == npos) {
          p = recover(p, recoveries);
          continue;
        }
        add_comment(p, e, true);
        p = e;
        continue;
      }
      if (c == '\\') {
        p = meta_command(p);
        continue;
      }
      if (c == ';') {
        if (paren_depth_ == 0 && begin_depth_ == 0) {
          p = finish_statement(p, p + 1);
        } else {
          token(p, p + 1);
          ++p;
        }
        continue;
      }
      if (c == '\'') {
        const std::size_t e = skip_string(t, p, false);
        if (e == npos) {
          p = recover(p, recoveries);
          continue;
        }
        token(p, e);
        p = e;
        continue;
      }
      if (c == '"') {
        const std::size_t e = skip_quoted_ident(t, p);
        if (e == npos) {
          p = recover(p, recoveries);
          continue;
        }
        quoted_identifier(p, e);
        token(p, e);
        p = e;
        continue;
      }
      if (c == '$') {
        const std::size_t tag = dollar_tag_length(t, p);
        if (tag > 0 && (p == 0 || !is_ident_cont(t[p - 1]))) {
          const std::size_t e = skip_dollar_quote(t, p, tag);
          if (e == npos) {
            p = recover(p, recoveries);
            continue;
          }
          token(p, e);
          p = e;
          continue;
        }
        std::size_t e = p + 1;
        while (e < t.size() && is_digit(t[e])) {
          ++e;
        }
        token(p, e);
        p = e;
        continue;
      }
      if (is_ident_start(c)) {
        std::size_t e = p + 1;
        while (e < t.size() && is_ident_cont(t[e])) {
          ++e;
        }
        const std::string_view word = t.substr(p, e - p);
        // String prefixes: E'..' (escapes), B'..', X'..', N'..', U&'..' / U&"..".
        if (e < t.size() && t[e] == '\'' && word.size() == 1) {
          const bool escapes = word[0] == 'e' || word[0] == 'E';
          const std::size_t se = skip_string(t, e, escapes);
          if (se == npos) {
            p = recover(p, recoveries);
            continue;
          }
          token(p, se);
          p = se;
          continue;
        }
        if (word.size() == 1 && (word[0] == 'u' || word[0] == 'U') && e + 1 < t.size() &&
            t[e] == '&' && (t[e + 1] == '\'' || t[e + 1] == '"')) {
          const std::size_t se =
              t[e + 1] == '\'' ? skip_string(t, e + 1, false) : skip_quoted_ident(t, e + 1);
          if (se == npos) {
            p = recover(p, recoveries);
            continue;
          }
          token(p, se);
          p = se;
          continue;
        }
        identifier(p, e, word);
        p = e;
        continue;
      }
      if (c == '(') {
        token(p, p + 1);
        ++paren_depth_;
        level_counts_.push_back(0);
        ++p;
        continue;
      }
      if (c == ')') {
        token(p, p + 1);
        if (paren_depth_ > 0) {
          --paren_depth_;
        }
        if (level_counts_.size() > 1) {
          cur_sum_ -= level_counts_.back();
          level_counts_.pop_back();
        }
        ++p;
        continue;
      }
      if (c == ',') {
        token(p, p + 1);
        cur_sum_ -= level_counts_.back();
        level_counts_.back() = 0;
        ++p;
        continue;
      }
      if (is_digit(c) || (c == '.' && p + 1 < t.size() && is_digit(t[p + 1]))) {
        std::size_t e = p + 1;
        while (e < t.size() &&
               (is_ident_cont(t[e]) || t[e] == '.' ||
                ((t[e] == '+' || t[e] == '-') && (t[e - 1] == 'e' || t[e - 1] == 'E')))) {
          ++e;
        }
        token(p, e);
        p = e;
        continue;
      }
      // Operators and other punctuation: one token per run of operator characters.
      std::size_t e = p + 1;
      static constexpr std::string_view kOpChars = "+-*/<>=~!@#%^&|`?";
      if (kOpChars.find(c) != npos) {
        while (e < t.size() && kOpChars.find(t[e]) != npos &&
               !(t[e] == '-' && e + 1 < t.size() && t[e + 1] == '-') &&
               !(t[e] == '/' && e + 1 < t.size() && t[e + 1] == '*')) {
          ++e;
        }
      }
      token(p, e);
      p = e;
    }
    if (in_stmt_) {
      finish_statement(t.size(), t.size());
    }
    return std::move(out_);
  }

private:
  void add_comment(std::size_t b, std::size_t e, bool block) {
    out_.comments.push_back(
        CommentSpan{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), block});
  }

  void token(std::size_t b, std::size_t e) {
    if (!in_stmt_) {
      in_stmt_ = true;
      stmt_begin_ = b;
      paren_depth_ = 0;
      begin_depth_ = 0;
      ident_count_ = 0;
      idents_.fill('\0');
      is_copy_ = false;
      copy_from_ = false;
      copy_stdin_ = false;
      level_counts_.assign(1, 0);
      cur_sum_ = 0;
      max_depth_ = 0;
    }
    last_token_end_ = e;
    ++level_counts_.back();
    ++cur_sum_;
    const std::size_t depth = cur_sum_ + level_counts_.size();
    max_depth_ = std::max(max_depth_, depth);
  }

  void identifier(std::size_t b, std::size_t e, std::string_view word) {
    const bool first = !in_stmt_;
    token(b, e);
    if (word.size() > kNameMax) {
      out_.long_identifiers.push_back(
          LongIdentifier{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), fold(word)});
    }
    if (first) {
      is_copy_ = word_is(word, "copy");
    } else if (is_copy_ && paren_depth_ == 0) {
      if (word_is(word, "from")) {
        copy_from_ = true;
      } else if (copy_from_ && word_is(word, "stdin")) {
        copy_stdin_ = true;
      } else {
        copy_from_ = false;
      }
    }
    // psql's heuristic for BEGIN ... END in CREATE [OR REPLACE] FUNCTION/PROCEDURE bodies.
    if (ident_count_ < static_cast<int>(idents_.size()) &&
        (word_is(word, "create") || word_is(word, "function") || word_is(word, "procedure") ||
         word_is(word, "or") || word_is(word, "replace"))) {
      char lc = word[0];
      if (lc >= 'A' && lc <= 'Z') {
        lc = static_cast<char>(lc - 'A' + 'a');
      }
      idents_[static_cast<std::size_t>(ident_count_)] = lc;
    }
    ++ident_count_;
    const bool routine =
        idents_[0] == 'c' &&
        (idents_[1] == 'f' || idents_[1] == 'p' ||
         (idents_[1] == 'o' && idents_[2] == 'r' && (idents_[3] == 'f' || idents_[3] == 'p')));
    if (routine && paren_depth_ == 0) {
      if (word_is(word, "begin")) {
        ++begin_depth_;
      } else if (word_is(word, "case")) {
        if (begin_depth_ > 0) {
          ++begin_depth_;
        }
      } else if (word_is(word, "end")) {
        if (begin_depth_ > 0) {
          --begin_depth_;
        }
      }
    }
  }

  void quoted_identifier(std::size_t b, std::size_t e) {
    // Length after removing the quotes and doubling.
    std::string name;
    for (std::size_t i = b + 1; i + 1 < e; ++i) {
      name += in_[i];
      if (in_[i] == '"') {
        ++i;
      }
    }
    if (name.size() > kNameMax) {
      out_.long_identifiers.push_back(
          LongIdentifier{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), name});
    }
  }

  void blank(std::size_t b, std::size_t e) {
    // Copy on first write: most files have nothing to blank and share the input.
    if (out_.blanked.empty() && b < e && b < in_.size()) {
      out_.blanked.assign(in_.data(), in_.size());
    }
    for (std::size_t i = b; i < e && i < out_.blanked.size(); ++i) {
      if (out_.blanked[i] != '\n' && out_.blanked[i] != '\r') {
        out_.blanked[i] = ' ';
      }
    }
  }

  // A psql meta-command runs to the end of the line. \g and friends also end the statement.
  std::size_t meta_command(std::size_t p) {
    const std::string_view t = in_;
    const std::size_t e = line_end(t, p);
    std::size_t ne = p + 1;
    while (ne < e && is_ident_cont(t[ne])) {
      ++ne;
    }
    const std::string_view cmd = t.substr(p + 1, ne - p - 1);
    const bool sends = !cmd.empty() && (cmd[0] == 'g' || cmd == "watch" || cmd == "crosstabview");
    blank(p, e);
    ++out_.blanked_meta_commands;
    if (sends && in_stmt_) {
      finish_statement(p, p);
    }
    return e;
  }

  std::size_t finish_statement(std::size_t semi, std::size_t after) {
    if (in_stmt_) {
      const bool has_semi = semi < in_.size() && in_[semi] == ';';
      out_.statements.push_back(StatementSpan{
          static_cast<std::uint32_t>(stmt_begin_), static_cast<std::uint32_t>(last_token_end_),
          static_cast<std::uint32_t>(has_semi ? semi : last_token_end_),
          static_cast<std::uint32_t>(max_depth_), false});
      in_stmt_ = false;
      if (is_copy_ && copy_stdin_ && semi < in_.size() && in_[semi] == ';') {
        return skip_copy_data(after);
      }
    }
    return after;
  }

  // Blank COPY ... FROM stdin data: from the next line up to and including a line "\.".
  std::size_t skip_copy_data(std::size_t after) {
    const std::string_view t = in_;
    std::size_t p = next_line(t, after);
    const std::size_t data_begin = p;
    while (p < t.size()) {
      const std::size_t le = line_end(t, p);
      const std::string_view line = t.substr(p, le - p);
      const std::size_t nl = next_line(t, p);
      if (line == "\\.") {
        blank(data_begin, le);
        ++out_.blanked_copy_blocks;
        return nl;
      }
      p = nl;
    }
    blank(data_begin, t.size());
    ++out_.blanked_copy_blocks;
    return t.size();
  }

  // EOF inside a quote or comment opened at `open`: end the current statement at the end of
  // that line (its parse fails with PostgreSQL's own message) and resume on the next line, so
  // that statements after the damage are still read.
  std::size_t recover(std::size_t open, int& recoveries) {
    const std::string_view t = in_;
    if (recoveries++ >= kMaxRecoveries) {
      token(open, t.size());
      return t.size();
    }
    const std::size_t le = line_end(t, open);
    token(open, le);
    // The statement ends with the damaged line; the parser reports the unterminated quote.
    out_.statements.push_back(StatementSpan{
        static_cast<std::uint32_t>(stmt_begin_), static_cast<std::uint32_t>(le),
        static_cast<std::uint32_t>(le), static_cast<std::uint32_t>(max_depth_), true});
    in_stmt_ = false;
    return next_line(t, open);
  }

  std::string_view in_;
  SplitResult out_;
  bool in_stmt_ = false;
  std::size_t stmt_begin_ = 0;
  std::size_t last_token_end_ = 0;
  std::size_t paren_depth_ = 0;
  int begin_depth_ = 0;
  int ident_count_ = 0;
  std::array<char, 4> idents_{};
  bool is_copy_ = false;
  bool copy_from_ = false;
  bool copy_stdin_ = false;
  std::vector<std::size_t> level_counts_{0};
  std::size_t cur_sum_ = 0;
  std::size_t max_depth_ = 0;
};

// Skips one lexical unit at p (quote, comment, dollar quote) if one starts there; returns the
// position after it, or p when none starts there, or `end` when unterminated.
std::size_t skip_unit(std::string_view t, std::size_t p, std::size_t end) {
  const char c = t[p];
  std::size_t e = p;
  if (c == '-' && p + 1 < end && t[p + 1] == '-') {
    e = skip_line_comment(t, p);
  } else if (c == '/' && p + 1 < end && t[p + 1] == '*') {
    e = skip_block_comment(t, p);
  } else if (c == '\'') {
    const bool escapes =
        p > 0 && (t[p - 1] == 'e' || t[p - 1] == 'E') && (p < 2 || !is_ident_cont(t[p - 2]));
    e = skip_string(t, p, escapes);
  } else if (c == '"') {
    e = skip_quoted_ident(t, p);
  } else if (c == '$') {
    const std::size_t tag = dollar_tag_length(t, p);
    if (tag > 0 && (p == 0 || !is_ident_cont(t[p - 1]))) {
      e = skip_dollar_quote(t, p, tag);
    }
  }
  if (e == npos || e > end) {
    return end;
  }
  return e;
}

} // namespace

SplitResult split(std::string_view input) {
  return Splitter(input).run();
}

std::uint32_t element_end(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  std::size_t p = begin;
  int depth = 0;
  std::size_t last = begin;
  while (p < end) {
    const char c = text[p];
    const std::size_t q = skip_unit(text, p, end);
    if (q != p) {
      const bool comment = (c == '-' || c == '/');
      if (!comment) {
        last = q;
      }
      p = q;
      continue;
    }
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (depth == 0) {
        break;
      }
      --depth;
    } else if ((c == ',' || c == ';') && depth == 0) {
      break;
    }
    if (!is_space(c)) {
      last = p + 1;
    }
    ++p;
  }
  return static_cast<std::uint32_t>(last);
}

std::uint32_t matching_paren(std::string_view text, std::uint32_t open, std::uint32_t end) {
  std::size_t p = open + 1;
  int depth = 1;
  while (p < end) {
    const std::size_t q = skip_unit(text, p, end);
    if (q != p) {
      p = q;
      continue;
    }
    if (text[p] == '(') {
      ++depth;
    } else if (text[p] == ')') {
      if (--depth == 0) {
        return static_cast<std::uint32_t>(p);
      }
    }
    ++p;
  }
  return end;
}

} // namespace ddlint::parse
