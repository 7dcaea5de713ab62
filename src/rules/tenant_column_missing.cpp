#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

namespace ddlint::rules {
namespace {

class TenantColumnMissing final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "tenant-column-missing",
      .category = Category::Tenancy,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "tenant-scoped table without the tenant column",
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
      if (!analysis::Tenancy::judged(t) || ten.scope(t) != analysis::TenantScope::Tenant ||
          ten.tenant_column(t) != nullptr) {
        continue;
      }
      ctx.report(t.hist.created)
          .table(t)
          .message("tenant-scoped table {} has no tenant column ({})", display_name(t),
                   tenant_columns_text(ten));
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_tenant_column_missing() {
  return std::make_unique<TenantColumnMissing>();
}

} // namespace ddlint::rules
