#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

class TenantUniqueScope final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "tenant-unique-scope",
      .category = Category::Tenancy,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "UNIQUE constraint or index on a tenant table that omits the tenant column",
      .fix = FixAvailability::None,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const analysis::Tenancy& ten = tenancy(ctx);
    if (!ten.active()) {
      return;
    }
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!analysis::Tenancy::judged(t) || ten.scope(t) != analysis::TenantScope::Tenant) {
        continue;
      }
      const catalog::Column* tc = ten.tenant_column(t);
      if (tc == nullptr) {
        continue;
      }
      for (const catalog::Constraint& k : t.constraints) {
        if ((k.kind != ConstraintKind::Unique && k.kind != ConstraintKind::PrimaryKey) ||
            k.inherited || contains(k.columns, tc->name) ||
            (k.columns.size() == 1 &&
             surrogate(t, k.columns.front(), k.kind == ConstraintKind::PrimaryKey))) {
          continue;
        }
        ctx.report(k.loc.valid() ? k.loc : k.hist.created)
            .table(t)
            .columns(k.columns)
            .constraint(k.name)
            .message("{} {}({}) does not include the tenant column {}: two tenants cannot "
                     "hold the same value",
                     k.kind == ConstraintKind::PrimaryKey ? "primary key" : "unique constraint",
                     display_name(t), str::join(k.columns, ", "), tc->name);
      }
      for (const catalog::Index& i : t.indexes) {
        if (!i.unique || !i.constraint.empty() || !i.parent.empty()) {
          continue;
        }
        bool reads_tenant = false;
        std::vector<std::string> keys;
        for (const IndexKey& k : i.keys) {
          reads_tenant = reads_tenant || k.column == tc->name || contains(k.expr_columns, tc->name);
          keys.push_back(k.is_expression() ? k.expr_text : k.column);
        }
        if (reads_tenant ||
            (i.keys.size() == 1 && !i.keys.front().is_expression() && !i.has_predicate &&
             surrogate(t, i.keys.front().column, false))) {
          continue;
        }
        std::vector<std::string> cols;
        for (const IndexKey& k : i.keys) {
          if (!k.is_expression()) {
            cols.push_back(k.column);
          } else {
            cols.insert(cols.end(), k.expr_columns.begin(), k.expr_columns.end());
          }
        }
        ctx.report(i.loc.valid() ? i.loc : i.hist.created)
            .table(t)
            .columns(cols)
            .index(i.name)
            .message("unique index {} on {}({}){} does not include the tenant column {}: two "
                     "tenants cannot hold the same value",
                     i.name, display_name(t), str::join(keys, ", "),
                     i.has_predicate ? " WHERE " + i.predicate_text : "", tc->name);
      }
    }
  }

private:
  static bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  }

  // A single-column key that is unique across tenants by construction: a uuid, an identity or
  // serial, a generated default, a primary key named id, or a FK to such a key elsewhere.
  static bool surrogate(const catalog::Table& t, const std::string& col, bool primary) {
    const catalog::Column* c = t.column(col);
    if (c == nullptr) {
      return false;
    }
    if ((c->type.name == "uuid" && c->type.array_dims == 0) || c->identity != Identity::None ||
        c->serial != Serial::None || (primary && col == "id")) {
      return true;
    }
    bool generated = false;
    if (c->has_default) {
      c->default_expr.walk([&](const Expr& e) {
        if (e.kind == Expr::Kind::Func &&
            (e.name == "nextval" || e.name == "gen_random_uuid" ||
             e.name.starts_with("uuid_generate_") || e.name.find("nanoid") != std::string::npos ||
             e.name.find("ulid") != std::string::npos)) {
          generated = true;
        }
      });
    }
    if (generated) {
      return true;
    }
    return std::any_of(t.constraints.begin(), t.constraints.end(), [&](const auto& k) {
      return k.kind == ConstraintKind::ForeignKey && k.columns.size() == 1 &&
             k.columns.front() == col;
    });
  }
};

} // namespace

std::unique_ptr<Rule> make_tenant_unique_scope() {
  return std::make_unique<TenantUniqueScope>();
}

} // namespace ddlint::rules
