#include "analysis/rls_history.h"
#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

namespace ddlint::rules {
namespace {

class RlsNoPolicy final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "rls-no-policy",
      .category = Category::Security,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "row-level security enabled and no policy: every non-owner is denied",
      .fix = FixAvailability::None,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table() || t.rare->partition_of || !t.rls_enabled || !t.policies.empty()) {
        continue;
      }
      const SourceRef* enabled = analysis::rls_enabled_at(t);
      const auto* dropped = analysis::last_policy_dropped(t);
      // The later of the two statements is the one that left the table without a policy.
      if (dropped != nullptr && (enabled == nullptr || *enabled < dropped->second)) {
        ctx.report(dropped->second)
            .table(t)
            .message("this migration drops the last policy of {} ({}): with row-level security "
                     "enabled every role but the owner is now denied",
                     display_name(t), str::quote_ident(dropped->first))
            .related(enabled != nullptr ? *enabled : t.hist.created);
        continue;
      }
      ctx.report(enabled != nullptr ? *enabled : t.hist.created)
          .table(t)
          .message("row-level security is enabled on {} but no policy grants access: every "
                   "role but the owner is denied",
                   display_name(t));
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_rls_no_policy() {
  return std::make_unique<RlsNoPolicy>();
}

} // namespace ddlint::rules
