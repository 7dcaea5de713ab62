#include "fix/migration.h"

#include "base/strings.h"
#include "parse/splitter.h"
#include "report/escape.h"
#include "report/location.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>
#include <unordered_map>

namespace ddlint::fix {
namespace {

struct Token {
  enum Kind : std::uint8_t { Word, Quoted, Punct } kind = Word;
  std::string text; // words upper-cased; punctuation: the character
};

bool word_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80U;
}

bool word_char(char c) {
  return word_start(c) || (c >= '0' && c <= '9') || c == '$';
}

// Words, quoted identifiers and punctuation of one statement; strings, dollar-quoted bodies,
// numbers and comments are skipped (a keyword inside them is not a keyword).
std::vector<Token> tokens(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      ++i;
    } else if (c == '-' && i + 1 < n && s[i + 1] == '-') {
      while (i < n && s[i] != '\n') {
        ++i;
      }
    } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
      int depth = 0;
      while (i < n) {
        if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
          ++depth;
          i += 2;
        } else if (s[i] == '*' && i + 1 < n && s[i + 1] == '/') {
          i += 2;
          if (--depth == 0) {
            break;
          }
        } else {
          ++i;
        }
      }
    } else if (c == '\'') {
      // E'...' strings allow backslash escapes; the E was read as a word just before.
      const bool backslash = !out.empty() && out.back().kind == Token::Word &&
                             out.back().text == "E" && i > 0 &&
                             (s[i - 1] == 'E' || s[i - 1] == 'e');
      if (backslash) {
        out.pop_back();
      }
      for (++i; i < n; ++i) {
        if (backslash && s[i] == '\\') {
          ++i;
        } else if (s[i] == '\'') {
          if (i + 1 < n && s[i + 1] == '\'') {
            ++i;
          } else {
            ++i;
            break;
          }
        }
      }
    } else if (c == '"') {
      std::string ident;
      for (++i; i < n; ++i) {
        if (s[i] == '"') {
          if (i + 1 < n && s[i + 1] == '"') {
            ident += '"';
            ++i;
          } else {
            ++i;
            break;
          }
        } else {
          ident += s[i];
        }
      }
      out.push_back(Token{Token::Quoted, std::move(ident)});
    } else if (c == '$' && i + 1 < n && (s[i + 1] == '$' || word_start(s[i + 1]))) {
      std::size_t j = i + 1;
      while (j < n && s[j] != '$' && word_char(s[j])) {
        ++j;
      }
      if (j < n && s[j] == '$') {
        const std::string_view tag = s.substr(i, j - i + 1);
        const auto close = s.find(tag, j + 1);
        i = close == std::string_view::npos ? n : close + tag.size();
      } else {
        ++i;
      }
    } else if (word_start(c)) {
      std::size_t j = i;
      while (j < n && word_char(s[j])) {
        ++j;
      }
      std::string w(s.substr(i, j - i));
      for (char& ch : w) {
        if (ch >= 'a' && ch <= 'z') {
          ch = static_cast<char>(ch - 'a' + 'A');
        }
      }
      out.push_back(Token{Token::Word, std::move(w)});
      i = j;
    } else if (c >= '0' && c <= '9') {
      while (i < n && (word_char(s[i]) || s[i] == '.')) {
        ++i;
      }
    } else {
      out.push_back(Token{Token::Punct, std::string(1, c)});
      ++i;
    }
  }
  return out;
}

bool is_word(const std::vector<Token>& t, std::size_t i, std::string_view w) {
  return i < t.size() && t[i].kind == Token::Word && t[i].text == w;
}

bool has_word(const std::vector<Token>& t, std::string_view w) {
  for (const Token& tok : t) {
    if (tok.kind == Token::Word && tok.text == w) {
      return true;
    }
  }
  return false;
}

// Index of the first token after a (possibly qualified, possibly quoted) name at `i`.
std::size_t skip_name(const std::vector<Token>& t, std::size_t i) {
  if (i >= t.size() || t[i].kind == Token::Punct) {
    return i;
  }
  ++i;
  while (i + 1 < t.size() && t[i].kind == Token::Punct && t[i].text == "." &&
         t[i + 1].kind != Token::Punct) {
    i += 2;
  }
  return i;
}

// The key of the name in t[i, end): words folded to lower case, quoted identifiers as written.
std::string name_key(const std::vector<Token>& t, std::size_t i, std::size_t end) {
  std::string k;
  for (; i < end && i < t.size(); ++i) {
    if (t[i].kind == Token::Word) {
      for (const char c : t[i].text) {
        k += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      }
    } else {
      k += t[i].text;
    }
  }
  return k;
}

std::size_t skip_if_exists(const std::vector<Token>& t, std::size_t k) {
  return is_word(t, k, "IF") && is_word(t, k + 1, "EXISTS") ? k + 2 : k;
}

// What an ALTER or DROP statement is about: the kind of key ("relation", "type", "function",
// "schema", "policy", "trigger"; empty for anything else) and the index of its name.
std::pair<std::string_view, std::size_t> object_kind(const std::vector<Token>& t) {
  if ((is_word(t, 1, "MATERIALIZED") && is_word(t, 2, "VIEW")) ||
      (is_word(t, 1, "FOREIGN") && is_word(t, 2, "TABLE"))) {
    return {"relation", 3};
  }
  for (const char* w : {"TABLE", "VIEW", "INDEX", "SEQUENCE"}) {
    if (is_word(t, 1, w)) {
      return {"relation", 2};
    }
  }
  for (const char* w : {"TYPE", "DOMAIN"}) {
    if (is_word(t, 1, w)) {
      return {"type", 2};
    }
  }
  for (const char* w : {"FUNCTION", "PROCEDURE", "ROUTINE"}) {
    if (is_word(t, 1, w)) {
      return {"function", 2};
    }
  }
  for (const char* w : {"SCHEMA", "POLICY", "TRIGGER"}) {
    if (is_word(t, 1, w)) {
      return {is_word(t, 1, "SCHEMA") ? "schema" : (is_word(t, 1, "POLICY") ? "policy" : "trigger"),
              2};
    }
  }
  return {"", 0};
}

// Keys of the objects a statement drops or renames (see FixShape): "relation public.t",
// "relation public.t column c", "type public.mood", "relation public.t policy p"...
struct Target {
  std::string drops;
  std::string renames;
  int level = 0;
};

Target target_of(const std::vector<Token>& t) {
  Target out;
  const bool drop = is_word(t, 0, "DROP");
  if (!drop && !is_word(t, 0, "ALTER")) {
    return out;
  }
  const auto [kind, at] = object_kind(t);
  if (kind.empty()) {
    return out;
  }
  std::size_t k = at;
  if (is_word(t, k, "CONCURRENTLY")) {
    ++k;
  }
  k = skip_if_exists(t, k);
  if (kind == "relation" && is_word(t, k, "ONLY")) {
    ++k;
  }
  const std::size_t name_end = skip_name(t, k);
  std::string key = std::string(kind) + " " + name_key(t, k, name_end);
  if (kind == "policy" || kind == "trigger") {
    // POLICY p ON t: a part of the table.
    if (!is_word(t, name_end, "ON")) {
      return out;
    }
    const std::size_t table_end = skip_name(t, name_end + 1);
    key = "relation " + name_key(t, name_end + 1, table_end) + " " + std::string(kind) + " " +
          name_key(t, k, name_end);
    k = table_end;
  } else {
    k = name_end;
  }
  if (drop) {
    out.drops = std::move(key);
    return out;
  }
  if (kind == "function") {
    while (k < t.size() && !is_word(t, k, "RENAME")) {
      ++k; // past the argument list
    }
  }
  const bool table_part = kind == "relation" && is_word(t, 1, "TABLE");
  if (table_part && is_word(t, k, "DROP") &&
      (is_word(t, k + 1, "CONSTRAINT") || is_word(t, k + 1, "COLUMN"))) {
    const std::size_t p = skip_if_exists(t, k + 2);
    out.drops =
        key + (is_word(t, k + 1, "COLUMN") ? " column " : " constraint ") + name_key(t, p, p + 1);
    return out;
  }
  if (!is_word(t, k, "RENAME")) {
    return out;
  }
  if (is_word(t, k + 1, "TO")) {
    out.renames = std::move(key);
    out.level = kind == "schema"                                                    ? 2
                : (kind == "policy" || kind == "trigger" || is_word(t, 1, "INDEX")) ? 0
                                                                                    : 1;
    return out;
  }
  if (table_part || kind == "type") {
    // RENAME [COLUMN | CONSTRAINT | ATTRIBUTE] x TO y
    std::size_t p = k + 1;
    std::string part = "column";
    if (is_word(t, p, "COLUMN") || is_word(t, p, "CONSTRAINT") || is_word(t, p, "ATTRIBUTE")) {
      part = is_word(t, p, "CONSTRAINT") ? "constraint" : "column";
      ++p;
    }
    if (is_word(t, p, "VALUE")) {
      return out; // ALTER TYPE ... RENAME VALUE 'a' TO 'b': the label is a string
    }
    out.renames = key + " " + part + " " + name_key(t, p, p + 1);
  }
  return out;
}

struct StatementClass {
  Phase phase = Phase::Other;
  bool outside_transaction = false;
  bool rename = false;
  Target target;
};

StatementClass classify(const std::vector<Token>& t) {
  StatementClass sc;
  if (t.empty()) {
    return sc;
  }
  sc.target = target_of(t);
  sc.outside_transaction = (has_word(t, "CONCURRENTLY") && !is_word(t, 0, "REFRESH")) ||
                           is_word(t, 0, "VACUUM") ||
                           (is_word(t, 0, "ALTER") && is_word(t, 1, "SYSTEM")) ||
                           ((is_word(t, 0, "CREATE") || is_word(t, 0, "DROP")) &&
                            (is_word(t, 1, "DATABASE") || is_word(t, 1, "TABLESPACE"))) ||
                           (is_word(t, 0, "ALTER") && is_word(t, 1, "TYPE") && has_word(t, "ADD") &&
                            has_word(t, "VALUE"));
  if (is_word(t, 0, "DROP")) {
    sc.phase = Phase::Drop;
  } else if (is_word(t, 0, "CREATE")) {
    std::size_t k = 1;
    if (is_word(t, k, "UNIQUE")) {
      ++k;
    }
    if (is_word(t, k, "INDEX")) {
      sc.phase = Phase::Indexes;
    } else if (is_word(t, 1, "POLICY")) {
      sc.phase = Phase::Security;
    } else if (is_word(t, 1, "TYPE") || is_word(t, 1, "DOMAIN")) {
      sc.phase = Phase::Types;
    }
  } else if (is_word(t, 0, "ALTER")) {
    if (is_word(t, 1, "POLICY") || is_word(t, 1, "FUNCTION") || is_word(t, 1, "PROCEDURE")) {
      sc.phase = Phase::Security;
    } else if (is_word(t, 1, "TYPE") || is_word(t, 1, "DOMAIN")) {
      sc.phase = Phase::Types;
    }
    sc.rename = has_word(t, "RENAME");
    if (is_word(t, 1, "TABLE") || (is_word(t, 1, "FOREIGN") && is_word(t, 2, "TABLE"))) {
      std::size_t k = is_word(t, 1, "TABLE") ? 2 : 3;
      if (is_word(t, k, "IF") && is_word(t, k + 1, "EXISTS")) {
        k += 2;
      }
      if (is_word(t, k, "ONLY")) {
        ++k;
      }
      k = skip_name(t, k);
      if (k < t.size() && t[k].kind == Token::Punct && t[k].text == "*") {
        ++k;
      }
      if (is_word(t, k, "DROP")) {
        sc.phase = is_word(t, k + 1, "DEFAULT") || is_word(t, k + 1, "IDENTITY") ||
                           is_word(t, k + 1, "NOT")
                       ? Phase::Columns
                       : Phase::Drop;
      } else if (is_word(t, k, "ALTER")) {
        sc.phase = has_word(t, "TYPE") ? Phase::Types : Phase::Columns;
      } else if (is_word(t, k, "ADD")) {
        sc.phase = is_word(t, k + 1, "COLUMN") ? Phase::Columns : Phase::Constraints;
      } else if (is_word(t, k, "VALIDATE")) {
        sc.phase = Phase::Constraints;
      } else if (is_word(t, k, "ENABLE") || is_word(t, k, "DISABLE") || is_word(t, k, "FORCE") ||
                 is_word(t, k, "NO")) {
        sc.phase = Phase::Security;
      }
    }
  }
  return sc;
}

std::string one_line(std::string_view s) {
  std::string flat(s);
  for (char& c : flat) {
    if (c == '\n' || c == '\r' || c == '\t') {
      c = ' ';
    }
  }
  return report::esc::clean_utf8(flat);
}

// The fix text normalised for writing and for detecting identical fixes: trailing whitespace
// removed, each statement ending with ';' on its own line.
std::string normalised(const FixShape& shape) {
  std::string out;
  for (std::size_t i = 0; i < shape.statements.size(); ++i) {
    if (i < shape.notes.size() && !shape.notes[i].empty()) {
      out += shape.notes[i];
      out += "\n";
    }
    out += shape.statements[i];
    out += ";\n";
  }
  return out;
}

} // namespace

const char* to_string(Phase p) {
  switch (p) {
  case Phase::Drop:
    return "Drop duplicate and redundant indexes and constraints";
  case Phase::Types:
    return "Column types";
  case Phase::Columns:
    return "Columns: identity, defaults, NOT NULL";
  case Phase::Constraints:
    return "Constraints: foreign keys, CHECKs";
  case Phase::Indexes:
    return "Indexes";
  case Phase::Security:
    return "Row-level security, policies, functions";
  case Phase::Other:
    return "Other changes";
  case Phase::Concurrent:
    return "Outside a transaction block";
  case Phase::Renames:
    return "Renames";
  }
  return "Other changes";
}

FixShape analyse_fix(std::string_view sql) {
  FixShape shape;
  const parse::SplitResult split = parse::split(sql);
  const std::string_view text = split.text(sql);
  bool first = true;
  bool rename = false;
  bool outside = false;
  std::uint32_t previous = 0; // end of the previous statement
  std::size_t next_comment = 0;
  for (const parse::StatementSpan& sp : split.statements) {
    std::string note;
    for (; next_comment < split.comments.size() && split.comments[next_comment].begin < sp.begin;
         ++next_comment) {
      const parse::CommentSpan& c = split.comments[next_comment];
      // A comment on the line of the previous statement's ';' belongs to that statement.
      const bool own_line = previous == 0 || text.substr(previous, c.begin - previous).find('\n') !=
                                                 std::string_view::npos;
      if (!c.block && c.begin >= previous && own_line) {
        note += (note.empty() ? "" : "\n") + std::string(text.substr(c.begin, c.end - c.begin));
      }
    }
    while (next_comment < split.comments.size() && split.comments[next_comment].begin < sp.end) {
      ++next_comment; // inside the statement: part of its text
    }
    previous = std::max(sp.end, sp.terminator);
    std::string_view st = text.substr(sp.begin, sp.end - sp.begin);
    while (!st.empty() &&
           (st.back() == ' ' || st.back() == '\n' || st.back() == '\t' || st.back() == '\r')) {
      st.remove_suffix(1);
    }
    if (st.empty()) {
      continue;
    }
    const StatementClass sc = classify(tokens(st));
    if (first) {
      shape.phase = sc.phase;
      shape.first = sc.phase;
      first = false;
    }
    rename = rename || sc.rename;
    outside = outside || sc.outside_transaction;
    if (!sc.target.drops.empty()) {
      shape.drops.push_back(sc.target.drops);
    }
    if (!sc.target.renames.empty()) {
      shape.renames.push_back(sc.target.renames);
      shape.rename_level = std::max(shape.rename_level, sc.target.level);
    }
    shape.statements.emplace_back(st);
    shape.notes.push_back(std::move(note));
  }
  if (rename) {
    shape.phase = Phase::Renames;
  } else if (outside) {
    shape.phase = Phase::Concurrent;
  }
  return shape;
}

Migration build_migration(const std::vector<Finding>& findings, const RunInputs& inputs,
                          const MigrationOptions& options) {
  Migration m;
  const report::Locator loc(inputs);

  struct Entry {
    std::string sql; // normalised statements
    std::vector<std::string> comments;
    Phase first = Phase::Other;
    int rename_level = 0;
  };
  constexpr std::size_t kPhases = static_cast<std::size_t>(Phase::Renames) + 1;
  std::array<std::vector<Entry>, kPhases> phases;
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> seen; // sql -> entry
  std::vector<std::string> rules_used;
  std::vector<std::string> left_out; // comments on the superseded rename fixes

  std::vector<FixShape> shapes(findings.size());
  std::set<std::string> dropped;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (!findings[i].fix.empty()) {
      shapes[i] = analyse_fix(*findings[i].fix);
      if (shapes[i].phase != Phase::Renames) {
        dropped.insert(shapes[i].drops.begin(), shapes[i].drops.end());
      }
    }
  }
  // A rename of an object some fix drops (or of a part of it) cannot apply after the drop.
  auto dropped_by_fix = [&dropped](const std::string& key) {
    return std::any_of(dropped.begin(), dropped.end(), [&key](const std::string& d) {
      return key == d || (key.starts_with(d) && key[d.size()] == ' ');
    });
  };
  std::set<std::string> renamed;

  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    const FixShape& shape = shapes[i];
    if (f.fix.empty() || shape.statements.empty()) {
      ++m.without_fix;
      continue;
    }
    const report::Position p = loc.position(f);
    std::string comment = "-- " + f.rule + " " + p.file;
    if (p.has_lines) {
      comment += fmt::format(":{}:{}", p.line, p.column);
    }
    comment +=
        fmt::format(" ({}, {}): {}", to_string(f.severity), f.fingerprint, one_line(f.message));
    std::string sql = normalised(shape);
    const auto it = seen.find(sql);
    if (it != seen.end()) {
      ++m.findings;
      m.fixed.push_back(f.fingerprint.str());
      phases[it->second.first][it->second.second].comments.push_back(std::move(comment));
      continue;
    }
    if (shape.phase == Phase::Renames) {
      std::string why;
      for (const std::string& r : shape.renames) {
        if (dropped_by_fix(r)) {
          why = "another fix drops it";
        } else if (renamed.contains(r)) {
          why = "an earlier fix renames it";
        }
      }
      if (!why.empty()) {
        ++m.superseded;
        std::string flat = one_line(sql);
        while (!flat.empty() && flat.back() == ' ') {
          flat.pop_back();
        }
        left_out.push_back(comment + " [left out: " + why + "; its fix: " + flat + "]");
        continue;
      }
      renamed.insert(shape.renames.begin(), shape.renames.end());
    }
    ++m.findings;
    m.fixed.push_back(f.fingerprint.str());
    const auto phase = static_cast<std::size_t>(shape.phase);
    seen.emplace(sql, std::make_pair(phase, phases[phase].size()));
    phases[phase].push_back(
        Entry{std::move(sql), {std::move(comment)}, shape.first, shape.rename_level});
    ++m.fixes;
    if (shape.phase == Phase::Concurrent) {
      ++m.outside_transaction;
    }
    if (std::find(rules_used.begin(), rules_used.end(), f.rule) == rules_used.end()) {
      rules_used.emplace_back(f.rule);
    }
  }
  std::sort(rules_used.begin(), rules_used.end());
  // Outside a transaction too, drops go before builds (less to build), in finding order.
  // Renames: parts (columns, constraints, policies, indexes) before the relations, types and
  // functions, schemas last: each statement names its object by the names still current.
  for (const Phase p : {Phase::Concurrent, Phase::Renames}) {
    auto& v = phases[static_cast<std::size_t>(p)];
    std::stable_sort(v.begin(), v.end(), [](const Entry& a, const Entry& b) {
      return a.rename_level != b.rename_level ? a.rename_level < b.rename_level : a.first < b.first;
    });
  }

  std::string& out = m.sql;
  out += fmt::format("-- Migration generated by `ddlint fix` (ddlint {}).\n", options.version);
  if (inputs.from_db) {
    out += "-- Input: " + one_line(inputs.db_label) + "\n";
  } else {
    out += fmt::format("-- Input: {} file{}", inputs.files.size(),
                       inputs.files.size() == 1 ? "" : "s");
    constexpr std::size_t kListed = 5;
    for (std::size_t i = 0; i < inputs.files.size() && i < kListed; ++i) {
      out += (i == 0 ? ": " : ", ") + one_line(inputs.files[i].path);
    }
    if (inputs.files.size() > kListed) {
      out += fmt::format(" and {} more", inputs.files.size() - kListed);
    }
    out += "\n";
  }
  if (!options.rules.empty()) {
    out += "-- Rules (--rule): " + str::join(options.rules, ", ") + "\n";
  }
  out += fmt::format("-- {} fix{} for {} finding{}{}.", m.fixes, m.fixes == 1 ? "" : "es",
                     m.findings, m.findings == 1 ? "" : "s",
                     rules_used.empty() ? "" : " (" + str::join(rules_used, ", ") + ")");
  if (m.without_fix > 0) {
    out += fmt::format(" {} finding{} without a fix {} not in this file.", m.without_fix,
                       m.without_fix == 1 ? "" : "s", m.without_fix == 1 ? "is" : "are");
  }
  if (m.superseded > 0) {
    out += fmt::format(" {} rename{} left out (another fix drops or renames the object; listed "
                       "at the end).",
                       m.superseded, m.superseded == 1 ? "" : "s");
  }
  out += "\n";
  out += "--\n"
         "-- Review every statement before applying it: each comes from the rule named above it,\n"
         "-- and some rewrite tables (type changes) or need the data checked first (NOT NULL).\n"
         "-- Apply with: psql -v ON_ERROR_STOP=1 -f <this file>\n";
  const bool has_tx =
      std::any_of(phases.begin(), phases.begin() + static_cast<long>(Phase::Concurrent),
                  [](const std::vector<Entry>& v) { return !v.empty(); });
  const bool has_outside = !phases[static_cast<std::size_t>(Phase::Concurrent)].empty();
  const bool has_renames = !phases[static_cast<std::size_t>(Phase::Renames)].empty();
  if (has_outside) {
    out += "--\n"
           "-- NOT ONE TRANSACTION: CREATE/DROP INDEX CONCURRENTLY (and the other statements of\n"
           "-- the part \"Outside a transaction block\") cannot run inside a transaction block.\n"
           "-- Do not run this file with psql --single-transaction or inside BEGIN ... COMMIT,\n"
           "-- and do not paste that part into a migration tool that wraps each migration in a\n"
           "-- transaction (Rails, Django, Flyway and others do by default): give it a migration\n"
           "-- of its own with the transaction turned off. A CONCURRENTLY build that fails leaves\n"
           "-- an INVALID index behind: drop it before running the statement again.\n";
  }
  auto write_left_out = [&] {
    if (left_out.empty()) {
      return;
    }
    out += "\n-- Left out: rename fixes that cannot apply with the fixes above. Apply this file,\n"
           "-- lint again and review what remains.\n";
    for (const std::string& c : left_out) {
      out += c + "\n";
    }
  };
  if (m.fixes == 0) {
    out += "--\n-- Nothing to fix.\n";
    write_left_out();
    return m;
  }
  int part = 0;
  // A transaction holds a lock on every table and index it touches; PostgreSQL's lock table has
  // room for max_locks_per_transaction (64) x max_connections (100) of them. Thousands of fixes in
  // one transaction exhaust it (GitLab's schema does), so a long part commits every kBatch fixes.
  constexpr std::size_t kBatch = 100;
  std::size_t in_batch = 0;
  auto write_phase = [&](Phase p, bool transactional) {
    for (const Entry& e : phases[static_cast<std::size_t>(p)]) {
      if (transactional && in_batch == kBatch) {
        out += "\nCOMMIT;\nBEGIN;\n";
        in_batch = 0;
      }
      ++in_batch;
      out += "\n";
      for (const std::string& c : e.comments) {
        out += c + "\n";
      }
      out += e.sql;
    }
  };
  const auto tx_heading = [&](std::size_t count, std::string_view what) {
    if (count <= kBatch) {
      return fmt::format("\n-- Part {}: {}in one transaction (all or nothing)\nBEGIN;\n", ++part,
                         what);
    }
    return fmt::format("\n-- Part {}: {}in transactions of {} fixes ({} fixes: one transaction "
                       "would\n-- exhaust PostgreSQL's lock table, max_locks_per_transaction). "
                       "If one fails, those\n-- before it stay committed: fix the cause and run "
                       "the rest of the file.\nBEGIN;\n",
                       ++part, what, kBatch, count);
  };
  if (has_tx) {
    std::size_t count = 0;
    for (std::size_t p = 0; p < static_cast<std::size_t>(Phase::Concurrent); ++p) {
      count += phases[p].size();
    }
    out += tx_heading(count, "");
    in_batch = 0;
    for (std::size_t p = 0; p < static_cast<std::size_t>(Phase::Concurrent); ++p) {
      if (phases[p].empty()) {
        continue;
      }
      out += fmt::format("\n-- {}\n", to_string(static_cast<Phase>(p)));
      write_phase(static_cast<Phase>(p), true);
    }
    out += "\nCOMMIT;\n";
  }
  if (has_outside) {
    out += fmt::format("\n-- Part {}: outside a transaction block (psql's autocommit: each "
                       "statement commits on its own)\n",
                       ++part);
    write_phase(Phase::Concurrent, false);
  }
  if (has_renames) {
    out += tx_heading(phases[static_cast<std::size_t>(Phase::Renames)].size(),
                      "renames, last (the statements above use the current names), ");
    in_batch = 0;
    write_phase(Phase::Renames, true);
    out += "\nCOMMIT;\n";
  }
  write_left_out();
  return m;
}

} // namespace ddlint::fix
