#include "rules/column_type_rule.h"

namespace ddlint::rules {
namespace {

class PreferText final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "prefer-text",
      .category = Category::Types,
      .default_severity = Severity::Info,
      .recommended = false,
      .summary = "varchar(n) column instead of text with a CHECK on its length",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const analysis::Analysis& an = ctx.analysis();
    for_each_typed_column(ctx, [&](const catalog::Table& t, const catalog::Column& c,
                                   const analysis::EffectiveType& et) {
      if (et.base.name != "varchar" || et.base.mods.empty()) {
        return;
      }
      auto f = ctx.report(type_location(c));
      f.table(t)
          .column(c.name)
          .related(column_location(c))
          .message("column {}({}) is varchar({}){}", display_name(t), c.name, et.base.mods,
                   through_domain(et));
      if (!et.domain.empty() || !type_change_applies(an, t, c)) {
        return;
      }
      std::string sql = alter_type_sql(an, t, c, "text" + array_suffix(et), false);
      // varchar -> text needs no rewrite; the CHECK keeps the limit (arrays: no simple CHECK).
      if (et.base.array_dims == 0) {
        const std::string name = analysis::suggest_name(
            analysis::NameKind::Check,
            analysis::naming_pattern(ctx.config(), analysis::NameKind::Check), t.name,
            {c.name.string()}, "length",
            [&](std::string_view n) { return t.constraint(n) != nullptr; });
        sql += fmt::format(", ADD CONSTRAINT {} CHECK (char_length({}) <= {})", sql_ident(an, name),
                           sql_ident(an, c.name), et.base.mods);
      }
      f.fix(sql + ";");
    });
  }
};

} // namespace

std::unique_ptr<Rule> make_prefer_text() {
  return std::make_unique<PreferText>();
}

} // namespace ddlint::rules
