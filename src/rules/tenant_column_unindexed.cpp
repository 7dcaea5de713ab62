#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

class TenantColumnUnindexed final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "tenant-column-unindexed",
      .category = Category::Tenancy,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "no index leads with the tenant column",
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
      if (c == nullptr) {
        continue;
      }
      // Any index (PK and UNIQUE included, partial ones too) whose first key is the column.
      const bool indexed = std::any_of(t.indexes.begin(), t.indexes.end(), [&](const auto& i) {
        return !i.keys.empty() && i.keys.front().column == c->name;
      });
      if (indexed) {
        continue;
      }
      // CONCURRENTLY is not supported on partitioned tables.
      const bool partitioned = t.kind == catalog::TableKind::Partitioned;
      ctx.report(column_loc(t, *c))
          .table(t)
          .column(c->name)
          .message("no index of {} leads with the tenant column {}", display_name(t), c->name)
          .fix(fmt::format("CREATE INDEX {}{} ON {} ({});", partitioned ? "" : "CONCURRENTLY ",
                           sql_ident(ctx, index_name(t, c->name)), sql_table(ctx, t),
                           sql_ident(ctx, c->name)));
    }
  }

private:
  // PostgreSQL's own choice for an unnamed index, made unique among the table's indexes.
  static std::string index_name(const catalog::Table& t, std::string_view col) {
    std::string base = t.name + "_" + std::string(col);
    if (base.size() > 59) {
      base.resize(59);
    }
    std::string name = base + "_idx";
    for (int n = 1; t.index(name) != nullptr; ++n) {
      name = base + "_idx" + std::to_string(n);
    }
    return name;
  }
};

} // namespace

std::unique_ptr<Rule> make_tenant_column_unindexed() {
  return std::make_unique<TenantColumnUnindexed>();
}

} // namespace ddlint::rules
