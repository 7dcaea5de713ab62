#include "analysis/policy_expr.h"

#include "base/strings.h"
#include "ir/expr_sql.h"

#include <algorithm>

namespace ddlint::analysis {
namespace {

QualName split_relation(const std::string& rel) {
  const auto dot = rel.rfind('.');
  if (dot == std::string::npos) {
    return QualName{"", rel};
  }
  return QualName{rel.substr(0, dot), rel.substr(dot + 1)};
}

std::string_view last_part(const std::string& rel) {
  const auto dot = rel.rfind('.');
  return dot == std::string::npos ? std::string_view(rel) : std::string_view(rel).substr(dot + 1);
}

struct RefFinder {
  const catalog::Table& table;
  std::string_view col;
  const catalog::Catalog& cat;
  std::vector<const Expr*> selects; // enclosing sub-selects, innermost last
  std::vector<const Expr*> out;

  bool outer(const Expr& c) const {
    if (!c.path.empty()) {
      if (c.path.back() != table.name) {
        return false; // an alias or another relation of a sub-select
      }
      if (c.path.size() >= 2 && c.path[c.path.size() - 2] != table.schema) {
        return false;
      }
      // A sub-select that reads the same table unaliased shadows the outer name.
      return std::none_of(selects.begin(), selects.end(), [&](const Expr* s) {
        return std::any_of(s->path.begin(), s->path.end(),
                           [&](const std::string& r) { return last_part(r) == table.name; });
      });
    }
    for (const Expr* s : selects) {
      for (const std::string& rel : s->path) {
        const catalog::Table* inner = cat.find_table(split_relation(rel));
        if (inner != nullptr && inner->column(c.name) != nullptr) {
          return false;
        }
      }
    }
    return true;
  }

  void visit(const Expr& e) {
    if (e.kind == Expr::Kind::Column) {
      if (e.name == col && outer(e)) {
        out.push_back(&e);
      }
      return;
    }
    const bool is_select = e.kind == Expr::Kind::Select;
    if (is_select) {
      selects.push_back(&e);
    }
    for (const Expr& a : e.args) {
      visit(a);
    }
    if (is_select) {
      selects.pop_back();
    }
  }
};

bool is_string_const(const Expr& e, std::string_view text) {
  const Expr& s = strip_casts(e);
  return s.kind == Expr::Kind::Const && s.flag == Expr::kString && s.name == text;
}

bool metadata_key(std::string_view key) {
  return key == "user_metadata" || key == "raw_user_meta_data";
}

bool metadata_path(const Expr& e) {
  const Expr& s = strip_casts(e);
  if (s.kind == Expr::Kind::Const && s.flag == Expr::kString) {
    // '{user_metadata,tenant_id}'
    std::string_view v = str::trim(s.name);
    if (v.starts_with("{")) {
      v.remove_prefix(1);
    }
    const auto comma = v.find_first_of(",}");
    return metadata_key(str::trim(v.substr(0, comma)));
  }
  if (s.kind == Expr::Kind::Array && !s.args.empty()) {
    const Expr& first = strip_casts(s.args.front());
    return first.kind == Expr::Kind::Const && metadata_key(first.name);
  }
  return false;
}

void strip_all_casts(Expr& e) {
  while (e.kind == Expr::Kind::Cast && !e.args.empty()) {
    Expr inner = std::move(e.args.front());
    e = std::move(inner);
  }
  if (e.kind == Expr::Kind::Func && str::iequals(e.name, "current_setting") && e.args.size() > 1) {
    e.args.resize(1);
  }
  for (Expr& a : e.args) {
    strip_all_casts(a);
  }
}

std::string squeeze(std::string_view text) {
  std::string out;
  bool in_string = false;
  for (const char c : text) {
    if (c == '\'') {
      in_string = !in_string;
    }
    if (!in_string &&
        (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == ')' || c == '"')) {
      continue;
    }
    out += in_string ? c : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

} // namespace

std::vector<const Expr*> policy_column_refs(const Expr& e, const catalog::Table& t,
                                            std::string_view col, const catalog::Catalog& cat) {
  RefFinder f{t, col, cat, {}, {}};
  f.visit(e);
  return std::move(f.out);
}

const Expr& strip_casts(const Expr& e) {
  const Expr* x = &e;
  while (x->kind == Expr::Kind::Cast && !x->args.empty()) {
    x = &x->args.front();
  }
  return *x;
}

std::optional<bool> constant_truth(const Expr& e) {
  const Expr& x = strip_casts(e);
  switch (x.kind) {
  case Expr::Kind::Const:
    if (x.flag == Expr::kBool) {
      return x.name == "true";
    }
    if (x.flag == Expr::kString && &x != &e) { // 't'::boolean, 'true'::bool
      const std::string v = str::to_lower(str::trim(x.name));
      if (v == "t" || v == "true" || v == "on" || v == "yes" || v == "y" || v == "1") {
        return true;
      }
      if (v == "f" || v == "false" || v == "off" || v == "no" || v == "n" || v == "0") {
        return false;
      }
    }
    return std::nullopt;
  case Expr::Kind::Op: {
    if (x.args.size() != 2) {
      return std::nullopt;
    }
    const Expr& l = strip_casts(x.args[0]);
    const Expr& r = strip_casts(x.args[1]);
    const bool same_const = l.kind == Expr::Kind::Const && r.kind == Expr::Kind::Const &&
                            l.flag != Expr::kNull && l.flag == r.flag && l.name == r.name;
    const bool same_column = l.kind == Expr::Kind::Column && r.kind == Expr::Kind::Column &&
                             l.name == r.name && l.path == r.path;
    if (same_const || same_column) {
      if (x.name == "=" || x.name == ">=" || x.name == "<=" || x.name == "IS NOT DISTINCT FROM") {
        return true;
      }
      if (x.name == "<>" || x.name == "!=" || x.name == "<" || x.name == ">" ||
          x.name == "IS DISTINCT FROM") {
        return false;
      }
    }
    if (l.kind == Expr::Kind::Const && r.kind == Expr::Kind::Const && l.flag == Expr::kInteger &&
        r.flag == Expr::kInteger && (x.name == "=" || x.name == "<>" || x.name == "!=")) {
      return (l.name == r.name) == (x.name == "=");
    }
    return std::nullopt;
  }
  case Expr::Kind::And: {
    bool all_true = true;
    for (const Expr& a : x.args) {
      const auto v = constant_truth(a);
      if (v && !*v) {
        return false;
      }
      all_true = all_true && v.has_value();
    }
    return all_true ? std::optional<bool>(true) : std::nullopt;
  }
  case Expr::Kind::Or: {
    bool all_false = true;
    for (const Expr& a : x.args) {
      const auto v = constant_truth(a);
      if (v && *v) {
        return true;
      }
      all_false = all_false && v.has_value();
    }
    return all_false ? std::optional<bool>(false) : std::nullopt;
  }
  case Expr::Kind::Not: {
    if (x.args.empty()) {
      return std::nullopt;
    }
    const auto v = constant_truth(x.args[0]);
    return v ? std::optional<bool>(!*v) : std::nullopt;
  }
  case Expr::Kind::BoolTest: {
    if (x.args.empty()) {
      return std::nullopt;
    }
    const auto v = constant_truth(x.args[0]);
    if (!v) {
      return std::nullopt;
    }
    if (x.name == "true" || x.name == "not false") {
      return *v;
    }
    if (x.name == "false" || x.name == "not true") {
      return !*v;
    }
    return x.name == "not unknown";
  }
  case Expr::Kind::NullTest: {
    if (x.args.empty()) {
      return std::nullopt;
    }
    const Expr& a = strip_casts(x.args[0]);
    if (a.kind != Expr::Kind::Const) {
      return std::nullopt;
    }
    const bool is_null = a.flag == Expr::kNull;
    return x.flag == 1 ? !is_null : is_null;
  }
  case Expr::Kind::Coalesce:
    if (!x.args.empty()) {
      return constant_truth(x.args[0]);
    }
    return std::nullopt;
  default:
    return std::nullopt;
  }
}

std::string user_metadata_read(const Expr& e) {
  std::string found;
  e.walk([&](const Expr& x) {
    if (!found.empty()) {
      return;
    }
    if (x.kind == Expr::Kind::Column && metadata_key(x.name)) {
      found = to_sql(x);
    } else if (x.kind == Expr::Kind::Op && x.args.size() == 2) {
      const bool key =
          (x.name == "->" || x.name == "->>") && (is_string_const(x.args[1], "user_metadata") ||
                                                  is_string_const(x.args[1], "raw_user_meta_data"));
      const bool path = (x.name == "#>" || x.name == "#>>") && metadata_path(x.args[1]);
      if (key || path) {
        found = to_sql(x);
      }
    } else if (x.kind == Expr::Kind::Func && x.args.size() >= 2 &&
               (x.name.starts_with("jsonb_extract_path") ||
                x.name.starts_with("json_extract_path")) &&
               metadata_key(strip_casts(x.args[1]).name)) {
      found = to_sql(x);
    }
  });
  return found;
}

std::string accessor_key(const Expr& e) {
  Expr copy = e;
  strip_all_casts(copy);
  return squeeze(to_sql(copy));
}

std::string accessor_key(std::string_view pattern) {
  return squeeze(pattern);
}

bool policy_covers(const catalog::Policy& p, std::string_view command) {
  return p.command == "all" || p.command == command;
}

std::vector<PolicyClause> policy_clauses(const catalog::Policy& p) {
  std::vector<PolicyClause> out;
  const bool reads = p.command != "insert";
  const bool writes = p.command == "all" || p.command == "insert" || p.command == "update";
  if (reads && p.has_using) {
    out.push_back({"USING", &*p.using_expr});
  }
  if (writes && p.has_check) {
    out.push_back({"WITH CHECK", &*p.check_expr});
  }
  return out;
}

bool only_roles_in(const catalog::Policy& p, const std::vector<std::string>& privileged) {
  if (p.roles.empty()) {
    return false;
  }
  return std::all_of(p.roles.begin(), p.roles.end(), [&](const Atom r) {
    return std::find(privileged.begin(), privileged.end(), r) != privileged.end();
  });
}

} // namespace ddlint::analysis
