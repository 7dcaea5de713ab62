#include "analysis/policy_expr.h"
#include "catalog/catalog.h"
#include "rules/rule.h"
#include "rules/tenancy_common.h"

namespace ddlint::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {.name = "privileged_roles",
     .type = OptionType::StringList,
     .default_value = R"(["postgres", "service_role", "supabase_admin"])",
     .doc = "roles that may see every tenant: policies only for them are not reported"},
};

class PolicyAlwaysTrue final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "policy-always-true",
      .category = Category::Security,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "USING (true) or WITH CHECK (true) on a tenant table",
      .fix = FixAvailability::None,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const analysis::Tenancy& ten = tenancy(ctx);
    if (!ten.active()) {
      return;
    }
    const std::vector<std::string> privileged = ctx.option_list("privileged_roles");
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!analysis::Tenancy::judged(t) || !ten.holds_tenant_rows(t)) {
        continue;
      }
      for (const catalog::Policy& p : t.policies) {
        // A restrictive policy that is always true restricts nothing, and harms nothing.
        if (!p.permissive || analysis::only_roles_in(p, privileged)) {
          continue;
        }
        for (const analysis::PolicyClause& c : analysis::policy_clauses(p)) {
          const auto truth = analysis::constant_truth(*c.expr);
          if (!truth || !*truth || guarded(t, p)) {
            continue;
          }
          const std::string_view text =
              std::string_view(c.label) == "USING" ? p.using_text : p.check_text;
          ctx.report(p.hist.last())
              .table(t)
              .policy(p.name)
              .message("policy {} on {} has {} ({}), which is always true: every tenant's rows "
                       "pass it",
                       str::quote_ident(p.name), display_name(t), c.label, text);
          break;
        }
      }
    }
  }

private:
  // A restrictive policy for the same command that is not always true narrows the permissive
  // `true` down (the pattern "restrictive tenant policy + permissive catch-all").
  static bool guarded(const catalog::Table& t, const catalog::Policy& p) {
    for (const catalog::Policy& r : t.policies) {
      if (r.permissive || (r.command != "all" && r.command != p.command)) {
        continue;
      }
      bool restricts = false;
      for (const analysis::PolicyClause& c : analysis::policy_clauses(r)) {
        const auto truth = analysis::constant_truth(*c.expr);
        restricts = restricts || !truth || !*truth;
      }
      if (restricts) {
        return true;
      }
    }
    return false;
  }
};

} // namespace

std::unique_ptr<Rule> make_policy_always_true() {
  return std::make_unique<PolicyAlwaysTrue>();
}

} // namespace ddlint::rules
