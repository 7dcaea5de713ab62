#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "rules/rename_fix.h"
#include "rules/rule.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {.name = "prefixes",
     .type = OptionType::StringList,
     .default_value = R"(["is_", "has_", "can_", "should_"])",
     .doc = "accepted prefixes of boolean column names"},
    {.name = "exceptions",
     .type = OptionType::StringList,
     .default_value = "[]",
     .doc = "column names (or table.column) never reported"},
};

class BooleanNaming final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "boolean-naming",
      .category = Category::Naming,
      .default_severity = Severity::Info,
      .recommended = false,
      .summary = "boolean column without is_/has_/can_/should_ prefix",
      .fix = FixAvailability::Sometimes,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const std::vector<std::string> prefixes = ctx.option_list("prefixes");
    const std::vector<std::string> exceptions = ctx.option_list("exceptions");
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table()) {
        continue;
      }
      for (const catalog::Column& c : t.columns) {
        if (c.inherited || c.type.name != "bool" || c.type.array_dims > 0 ||
            std::any_of(prefixes.begin(), prefixes.end(),
                        [&](const std::string& p) { return c.name.starts_with(p); }) ||
            std::find(exceptions.begin(), exceptions.end(), c.name) != exceptions.end() ||
            std::find(exceptions.begin(), exceptions.end(), t.name + "." + c.name) !=
                exceptions.end()) {
          continue;
        }
        auto b = ctx.report(c.loc);
        b.table(t).column(c.name).message("boolean column {}.{} does not start with {}",
                                          analysis::display_name(t.schema, t.name), c.name,
                                          str::join(prefixes, ", "));
        // A name that already reads as a question ("can_invite" under other prefixes) gets no
        // stacked prefix ("is_can_invite").
        static constexpr std::string_view kQuestion[] = {
            "is_",     "has_",   "can_",  "should_", "was_",  "were_", "allow_",
            "allows_", "needs_", "must_", "did_",    "does_", "use_",  "uses_"};
        const bool question =
            std::any_of(std::begin(kQuestion), std::end(kQuestion),
                        [&](std::string_view q) { return c.name.starts_with(q); });
        if (!prefixes.empty() && !question && analysis::is_lower_snake(c.name)) {
          const std::string to = prefixes.front() + c.name;
          if (good_new_name(ctx.analysis(), to) && t.column(to) == nullptr) {
            b.fix(rename_column_sql(ctx.analysis(), t, c.name, to));
          }
        }
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_boolean_naming() {
  return std::make_unique<BooleanNaming>();
}

} // namespace ddlint::rules
