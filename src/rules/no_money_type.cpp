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
    const analysis::Analysis& an = ctx.analysis();
    for_each_typed_column(ctx, [&](const catalog::Table& t, const catalog::Column& c,
                                   const analysis::EffectiveType& et) {
      if (et.base.name != "money") {
        return;
      }
      auto f = ctx.report(type_location(c));
      f.table(t)
          .column(c.name)
          .related(column_location(c))
          .message("column {}({}) uses the money type{}", display_name(t), c.name,
                   through_domain(et));
      // numeric(19,2) holds the whole range of money with its two decimals.
      if (et.domain.empty() && type_change_applies(an, t, c)) {
        f.fix(alter_type_sql(an, t, c, "numeric(19,2)" + array_suffix(et), true) + ";");
      }
    });
  }
};

} // namespace

std::unique_ptr<Rule> make_no_money_type() {
  return std::make_unique<NoMoneyType>();
}

} // namespace ddlint::rules
