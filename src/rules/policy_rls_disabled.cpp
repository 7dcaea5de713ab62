#include "analysis/rls_history.h"
#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

namespace ddlint::rules {
namespace {

class PolicyRlsDisabled final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "policy-rls-disabled",
      .category = Category::Security,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "policies exist on a table whose row-level security is never enabled",
      .fix = FixAvailability::Always,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table() || t.rls_enabled || t.policies.empty()) {
        continue;
      }
      std::vector<std::string> names;
      names.reserve(t.policies.size());
      for (const catalog::Policy& p : t.policies) {
        names.push_back(str::quote_ident(p.name));
      }
      const std::string list = str::join(names, ", ");
      const std::string fix =
          fmt::format("ALTER TABLE {} ENABLE ROW LEVEL SECURITY;", sql_table(ctx, t));
      if (const SourceRef* reopened = analysis::rls_reopened_at(t)) {
        ctx.report(*reopened)
            .table(t)
            .message("this migration reopens {}: it disables row-level security while its "
                     "{} {} {}",
                     display_name(t), names.size() == 1 ? "policy" : "policies", list,
                     names.size() == 1 ? "remains and does nothing" : "remain and do nothing")
            .related(t.policies.front().hist.created)
            .fix(fix);
        continue;
      }
      ctx.report(t.policies.front().hist.created)
          .table(t)
          .message("{} {} on {} {} nothing: row-level security is never enabled on the table",
                   names.size() == 1 ? "policy" : "policies", list, display_name(t),
                   names.size() == 1 ? "does" : "do")
          .fix(fix);
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_policy_rls_disabled() {
  return std::make_unique<PolicyRlsDisabled>();
}

} // namespace ddlint::rules
