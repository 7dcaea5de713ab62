#include "analysis/rls_history.h"
#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

namespace ddlint::rules {
namespace {

class RlsMissing final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "rls-missing",
      .category = Category::Security,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "tenant table or table in an exposed schema without row-level security",
      .fix = FixAvailability::Always,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const analysis::Tenancy& ten = tenancy(ctx);
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!analysis::Tenancy::judged(t) || t.rls_enabled || !t.policies.empty()) {
        continue;
      }
      const bool tenant_rows = ten.holds_tenant_rows(t);
      if (!tenant_rows && !ten.exposed(t)) {
        continue;
      }
      const std::string why =
          tenant_rows ? "holds tenant rows" : fmt::format("is in the exposed schema {}", t.schema);
      const std::string fix =
          fmt::format("ALTER TABLE {} ENABLE ROW LEVEL SECURITY;", sql_table(ctx, t));
      if (const SourceRef* reopened = analysis::rls_reopened_at(t)) {
        ctx.report(*reopened)
            .table(t)
            .message("this migration reopens {}: row-level security is disabled here, while "
                     "the table {} and has no policy",
                     display_name(t), why)
            .related(t.hist.created)
            .fix(fix);
        continue;
      }
      ctx.report(t.hist.created)
          .table(t)
          .message("table {} {} but has no row-level security", display_name(t), why)
          .fix(fix);
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_rls_missing() {
  return std::make_unique<RlsMissing>();
}

} // namespace ddlint::rules
