#include "analysis/policy_expr.h"
#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

namespace ddlint::rules {
namespace {

class PolicyUserMetadata final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "policy-user-metadata",
      .category = Category::Security,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "policy reads user-editable metadata (raw_user_meta_data, user_metadata)",
      .fix = FixAvailability::None,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      for (const catalog::Policy& p : t.policies) {
        std::string read;
        const char* label = "USING";
        if (p.has_using) {
          read = analysis::user_metadata_read(p.using_expr);
        }
        if (read.empty() && p.has_check) {
          read = analysis::user_metadata_read(p.check_expr);
          label = "WITH CHECK";
        }
        if (read.empty()) {
          continue;
        }
        ctx.report(p.hist.last())
            .table(t)
            .policy(p.name)
            .message("policy {} on {} reads user-editable metadata in its {} clause ({}): every "
                     "user can change it",
                     str::quote_ident(p.name), display_name(t), label, read);
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_policy_user_metadata() {
  return std::make_unique<PolicyUserMetadata>();
}

} // namespace ddlint::rules
