#include "rules/column_type_rule.h"

namespace ddlint::rules {
namespace {

class PreferJsonb final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "prefer-jsonb",
      .category = Category::Types,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "json column instead of jsonb",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    report_base_type(ctx, "json", "is json, not jsonb", true,
                     [](const analysis::EffectiveType&) { return std::string("jsonb"); });
  }
};

} // namespace

std::unique_ptr<Rule> make_prefer_jsonb() {
  return std::make_unique<PreferJsonb>();
}

} // namespace ddlint::rules
