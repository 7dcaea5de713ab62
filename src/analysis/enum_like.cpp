#include "analysis/enum_like.h"

#include "base/strings.h"

#include <algorithm>

namespace ddlint::analysis {
namespace {

bool is_text_name(std::string_view n) {
  return n == "text" || n == "varchar" || n == "bpchar" || n == "citext" || n == "name";
}

void add_unique(std::vector<std::string>& out, std::string v) {
  if (!v.empty() && std::find(out.begin(), out.end(), v) == out.end()) {
    out.push_back(std::move(v));
  }
}

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

} // namespace

bool is_text_column(const catalog::Catalog& cat, const TypeRef& t, bool* domain_check) {
  if (t.array_dims > 0) {
    return false;
  }
  if (t.builtin || t.schema.empty()) {
    return is_text_name(t.name);
  }
  // Follow domains (a few levels at most; cycles are impossible in PostgreSQL).
  TypeRef cur = t;
  for (int depth = 0; depth < 8; ++depth) {
    const catalog::Type* ty = cat.type(cur.schema, cur.name);
    if (ty == nullptr) {
      return is_text_name(cur.name); // an extension type such as citext
    }
    if (ty->kind != catalog::TypeKind::Domain) {
      return false;
    }
    if (!ty->checks.empty() && domain_check != nullptr) {
      *domain_check = true;
    }
    cur = ty->base;
    if (cur.array_dims > 0) {
      return false;
    }
    if (cur.builtin || cur.schema.empty()) {
      return is_text_name(cur.name);
    }
  }
  return false;
}

bool enum_like_name(std::string_view column, const std::vector<std::string>& names,
                    const std::vector<std::string>& suffixes) {
  for (const std::string& n : names) {
    if (column == n) {
      return true;
    }
  }
  for (const std::string& s : suffixes) {
    if (column.size() > s.size() && column.substr(column.size() - s.size()) == s) {
      return true;
    }
  }
  return false;
}

std::string value_constraint(const catalog::Catalog& cat, const catalog::Table& t,
                             const catalog::Column& c) {
  for (const catalog::Constraint& k : t.constraints) {
    if ((k.kind == ConstraintKind::Check || k.kind == ConstraintKind::ForeignKey) &&
        std::find(k.columns.begin(), k.columns.end(), c.name) != k.columns.end()) {
      return std::string(k.kind == ConstraintKind::Check ? "check " : "foreign key ") + k.name;
    }
  }
  bool domain_check = false;
  if (is_text_column(cat, c.type, &domain_check) && domain_check) {
    return "domain " + c.type.name;
  }
  return {};
}

std::string default_literal(const Expr& e) {
  const Expr* cur = &e;
  while (cur->kind == Expr::Kind::Cast && !cur->args.empty()) {
    cur = &cur->args.front();
  }
  if (cur->kind == Expr::Kind::Const && cur->flag == Expr::kString) {
    return cur->name.string();
  }
  return {};
}

std::vector<std::string> comment_values(std::string_view comment) {
  std::vector<std::string> out;
  // Quoted values first.
  for (std::size_t i = 0; i < comment.size(); ++i) {
    const char q = comment[i];
    if (q != '\'' && q != '"') {
      continue;
    }
    // An apostrophe inside a word ("user's") is not a quote.
    if (q == '\'' && i > 0 && is_word_char(comment[i - 1])) {
      continue;
    }
    const std::size_t end = comment.find(q, i + 1);
    if (end == std::string_view::npos) {
      break;
    }
    const std::string_view v = comment.substr(i + 1, end - i - 1);
    if (!v.empty() && v.size() <= 63 && v.find('\n') == std::string_view::npos) {
      add_unique(out, std::string(v));
    }
    i = end;
  }
  if (!out.empty()) {
    return out;
  }
  // A bare list: "draft/published/archived", "one of: low, medium, high".
  std::string_view rest = str::trim(comment);
  for (const std::string_view lead : {"one of:", "one of", "values:", "e.g.", "e.g", "enum:"}) {
    if (rest.size() >= lead.size() && str::iequals(rest.substr(0, lead.size()), lead)) {
      rest = str::trim(rest.substr(lead.size()));
      break;
    }
  }
  char sep = 0;
  for (const char c : rest) {
    if (c == ',' || c == '|' || c == '/') {
      sep = c;
      break;
    }
  }
  if (sep == 0) {
    return out;
  }
  std::vector<std::string> words;
  for (const std::string& part : str::split(rest, sep)) {
    const std::string_view w = str::trim(part);
    if (w.empty() || !std::all_of(w.begin(), w.end(), is_word_char)) {
      return out;
    }
    words.emplace_back(w);
  }
  if (words.size() >= 2) {
    for (std::string& w : words) {
      add_unique(out, std::move(w));
    }
  }
  return out;
}

std::vector<std::string> documented_values(const catalog::Column& c) {
  std::vector<std::string> out;
  if (c.has_default) {
    add_unique(out, default_literal(c.default_expr));
  }
  for (std::string& v : comment_values(c.trailing_comment())) {
    add_unique(out, std::move(v));
  }
  return out;
}

} // namespace ddlint::analysis
