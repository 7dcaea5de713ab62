#include "analysis/index_coverage.h"

#include "ir/expr_sql.h"

#include <algorithm>

namespace ddlint::analysis {
namespace {

bool is_one_of(const Expr& e, const std::vector<std::string>& cols) {
  return e.kind == Expr::Kind::Column && std::find(cols.begin(), cols.end(), e.name) != cols.end();
}

// `e IS NOT NULL` is known when e is one of `cols`, or a row of them.
bool known_not_null(const Expr& e, const std::vector<std::string>& cols) {
  if (e.kind == Expr::Kind::Row) {
    return !e.args.empty() && std::all_of(e.args.begin(), e.args.end(),
                                          [&](const Expr& a) { return is_one_of(a, cols); });
  }
  return is_one_of(e, cols);
}

bool implied(const Expr& p, const std::vector<std::string>& cols, int depth) {
  if (depth > kMaxExprDepth) {
    return false;
  }
  switch (p.kind) {
  case Expr::Kind::NullTest:
    return p.flag == 1 && p.args.size() == 1 && known_not_null(p.args[0], cols);
  case Expr::Kind::Not:
    // NOT (col IS NULL); for a row, NOT (row IS NULL) does not mean every field is set.
    return p.args.size() == 1 && p.args[0].kind == Expr::Kind::NullTest && p.args[0].flag == 0 &&
           p.args[0].args.size() == 1 && is_one_of(p.args[0].args[0], cols);
  case Expr::Kind::And:
    return !p.args.empty() && std::all_of(p.args.begin(), p.args.end(), [&](const Expr& a) {
      return implied(a, cols, depth + 1);
    });
  case Expr::Kind::Or:
    return std::any_of(p.args.begin(), p.args.end(),
                       [&](const Expr& a) { return implied(a, cols, depth + 1); });
  case Expr::Kind::BoolTest:
    return (p.name == "true" || p.name == "not false") && p.args.size() == 1 &&
           implied(p.args[0], cols, depth + 1);
  case Expr::Kind::Const:
    return p.is_const("true");
  default:
    return false;
  }
}

} // namespace

bool implied_by_not_null(const Expr& pred, const std::vector<std::string>& cols) {
  return implied(pred, cols, 0);
}

bool index_covers(const catalog::Index& idx, const std::vector<std::string>& cols) {
  if (cols.empty() || idx.keys.size() < cols.size() || !idx.valid || idx.method == "brin") {
    return false;
  }
  std::vector<std::string> lead;
  lead.reserve(cols.size());
  for (std::size_t i = 0; i < cols.size(); ++i) {
    if (idx.keys[i].is_expression()) {
      return false;
    }
    lead.emplace_back(idx.keys[i].column);
  }
  std::vector<std::string> want = cols;
  std::sort(lead.begin(), lead.end());
  std::sort(want.begin(), want.end());
  if (lead != want) {
    return false;
  }
  return !idx.has_predicate || implied_by_not_null(idx.predicate(), cols);
}

const catalog::Index* covering_index(const catalog::Table& t,
                                     const std::vector<std::string>& cols) {
  for (const catalog::Index& idx : t.indexes) {
    if (index_covers(idx, cols)) {
      return &idx;
    }
  }
  return nullptr;
}

IndexCoverage::IndexCoverage(const catalog::Catalog& catalog) {
  for (const auto& t : catalog.tables()) {
    if (!t->is_table()) {
      continue;
    }
    for (const catalog::Constraint& c : t->constraints) {
      // A partition's copy of its parent's FK is judged once, on the parent, whose index
      // PostgreSQL clones to every partition.
      if (c.kind != ConstraintKind::ForeignKey || c.columns.empty() ||
          (c.inherited && t->rare->partition_of)) {
        continue;
      }
      fks_.push_back(JudgedForeignKey{t.get(), &c, covering_index(*t, c.columns)});
    }
  }
}

std::string key_signature(const IndexKey& key, bool with_direction) {
  std::string s = key.is_expression() ? "(" + to_sql(key.expr()) + ")" : "\"" + key.column + "\"";
  s += '\x1f';
  s += key.opclass();
  s += '\x1f';
  s += key.collation();
  if (with_direction && key.descending) {
    s += "\x1f"
         "desc";
  }
  return s;
}

std::string predicate_signature(const catalog::Index& idx) {
  return idx.has_predicate ? to_sql(idx.predicate()) : std::string();
}

} // namespace ddlint::analysis
