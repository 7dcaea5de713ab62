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
    const analysis::Analysis& an = ctx.analysis();
    for_each_typed_column(ctx, [&](const catalog::Table& t, const catalog::Column& c,
                                   const analysis::EffectiveType& et) {
      if (et.base.name != "timestamp") {
        return;
      }
      auto f = ctx.report(type_location(c));
      f.table(t)
          .column(c.name)
          .related(column_location(c))
          .message("column {}({}) is timestamp without time zone{}", display_name(t), c.name,
                   through_domain(et));
      // Through a domain the fix belongs on the domain, which other columns may share.
      if (et.domain.empty() && type_change_applies(an, t, c)) {
        const std::string precision = et.base.mods.empty() ? "" : "(" + et.base.mods + ")";
        f.fix(alter_type_sql(an, t, c, "timestamptz" + precision + array_suffix(et), false) + ";");
      }
    });
  }
};

} // namespace

std::unique_ptr<Rule> make_prefer_timestamptz() {
  return std::make_unique<PreferTimestamptz>();
}

} // namespace ddlint::rules
