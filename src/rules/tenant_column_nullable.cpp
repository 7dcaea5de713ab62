#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

namespace ddlint::rules {
namespace {

class TenantColumnNullable final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "tenant-column-nullable",
      .category = Category::Tenancy,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "tenant column allows NULL",
      .fix = FixAvailability::Always,
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
      const catalog::Column* c = ten.tenant_column(t);
      // An inherited column is reported on the parent: SET NOT NULL there reaches the children.
      if (c == nullptr || c->not_null || (c->inherited && !t.rare->inherits.empty())) {
        continue;
      }
      const std::string table_sql = sql_table(ctx, t);
      const std::string col_sql = sql_ident(ctx, c->name);
      // The statement that last changed the column (DROP NOT NULL in a later migration), else
      // its definition.
      ctx.report(c->hist.changed.empty() ? column_loc(t, *c) : c->hist.last())
          .table(t)
          .column(c->name)
          .message("tenant column {}({}) allows NULL: such rows belong to no tenant",
                   display_name(t), c->name)
          .fix(fmt::format("-- check first that no row lacks a tenant: SELECT count(*) FROM {} "
                           "WHERE {} IS NULL;\nALTER TABLE {} ALTER COLUMN {} SET NOT NULL;",
                           table_sql, col_sql, table_sql, col_sql));
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_tenant_column_nullable() {
  return std::make_unique<TenantColumnNullable>();
}

} // namespace ddlint::rules
