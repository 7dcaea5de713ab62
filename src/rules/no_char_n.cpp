#include "rules/column_type_rule.h"

namespace ddlint::rules {
namespace {

class NoCharN final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "no-char-n",
      .category = Category::Types,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "char(n) column (blank-padded character type)",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const analysis::Analysis& an = ctx.analysis();
    for_each_typed_column(ctx, [&](const catalog::Table& t, const catalog::Column& c,
                                   const analysis::EffectiveType& et) {
      if (et.base.name != "bpchar") {
        return;
      }
      const std::string written = et.base.mods.empty() ? "bpchar" : "char(" + et.base.mods + ")";
      auto f = ctx.report(type_location(c));
      f.table(t)
          .column(c.name)
          .related(column_location(c))
          .message("column {}({}) is {}{}", display_name(t), c.name, written, through_domain(et));
      // The cast to text drops the padding, which is what the values meant.
      if (et.domain.empty() && type_change_applies(an, t, c)) {
        f.fix(alter_type_sql(an, t, c, "text" + array_suffix(et), false) + ";");
      }
    });
  }
};

} // namespace

std::unique_ptr<Rule> make_no_char_n() {
  return std::make_unique<NoCharN>();
}

} // namespace ddlint::rules
