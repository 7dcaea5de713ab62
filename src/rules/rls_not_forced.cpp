#include "analysis/rls_history.h"
#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

namespace ddlint::rules {
namespace {

class RlsNotForced final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "rls-not-forced",
      .category = Category::Security,
      .default_severity = Severity::Info,
      .recommended = true,
      .summary = "row-level security enabled but not forced: the table owner bypasses it",
      .fix = FixAvailability::Always,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table() || t.rare->partition_of || !t.rls_enabled || t.rls_forced) {
        continue;
      }
      const std::string fix =
          fmt::format("ALTER TABLE {} FORCE ROW LEVEL SECURITY;", sql_table(ctx, t));
      if (const SourceRef* unforced = analysis::rls_unforced_at(t)) {
        ctx.report(*unforced)
            .table(t)
            .message("this migration stops forcing row-level security on {}: the table owner "
                     "bypasses its policies again",
                     display_name(t))
            .fix(fix);
        continue;
      }
      const SourceRef* enabled = analysis::rls_enabled_at(t);
      ctx.report(enabled != nullptr ? *enabled : t.hist.created)
          .table(t)
          .message("row-level security on {} is not forced: the table owner bypasses its "
                   "policies",
                   display_name(t))
          .fix(fix);
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_rls_not_forced() {
  return std::make_unique<RlsNotForced>();
}

} // namespace ddlint::rules
