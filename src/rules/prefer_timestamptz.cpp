#include "rules/column_type_rule.h"

namespace ddlint::rules {
namespace {

class PreferTimestamptz final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "prefer-timestamptz",
      .category = Category::Types,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "timestamp without time zone column",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    report_base_type(ctx, "timestamp", "is timestamp without time zone", false,
                     [](const analysis::EffectiveType& et) {
                       return "timestamptz" +
                              (et.base.mods.empty() ? std::string() : "(" + et.base.mods + ")");
                     });
  }
};

} // namespace

std::unique_ptr<Rule> make_prefer_timestamptz() {
  return std::make_unique<PreferTimestamptz>();
}

} // namespace ddlint::rules
