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
    const analysis::Analysis& an = ctx.analysis();
    for_each_typed_column(ctx, [&](const catalog::Table& t, const catalog::Column& c,
                                   const analysis::EffectiveType& et) {
      if (et.base.name != "json") {
        return;
      }
      auto f = ctx.report(type_location(c));
      f.table(t)
          .column(c.name)
          .related(column_location(c))
          .message("column {}({}) is json, not jsonb{}", display_name(t), c.name,
                   through_domain(et));
      if (et.domain.empty() && type_change_applies(an, t, c)) {
        f.fix(alter_type_sql(an, t, c, "jsonb" + array_suffix(et), true) + ";");
      }
    });
  }
};

} // namespace

std::unique_ptr<Rule> make_prefer_jsonb() {
  return std::make_unique<PreferJsonb>();
}

} // namespace ddlint::rules
