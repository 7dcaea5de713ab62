#include "rules/column_type_rule.h"

namespace ddlint::rules {
namespace {

class NoMoneyType final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "no-money-type",
      .category = Category::Types,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "money column",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    // numeric(19,2) holds the whole range of money with its two decimals.
    report_base_type(ctx, "money", "uses the money type", true,
                     [](const analysis::EffectiveType&) { return std::string("numeric(19,2)"); });
  }
};

} // namespace

std::unique_ptr<Rule> make_no_money_type() {
  return std::make_unique<NoMoneyType>();
}

} // namespace ddlint::rules
