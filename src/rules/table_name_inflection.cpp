#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "catalog/catalog.h"
#include "rules/rename_fix.h"
#include "rules/rule.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {.name = "form",
     .type = OptionType::String,
     .default_value = "\"plural\"",
     .doc = "the expected grammatical number of the last word of a table name: \"plural\" or "
            "\"singular\""},
    {.name = "exceptions",
     .type = OptionType::StringList,
     .default_value = "[]",
     .doc = "table names (or schema.table) never reported"},
};

class TableNameInflection final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "table-name-inflection",
      .category = Category::Naming,
      .default_severity = Severity::Info,
      .recommended = false,
      .summary = "table names not plural (or singular, by option)",
      .fix = FixAvailability::Sometimes,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const bool want_plural = ctx.option_string("form") != "singular";
    const std::vector<std::string> exceptions = ctx.option_list("exceptions");
    const catalog::Catalog& cat = ctx.catalog();
    for (const auto& tp : cat.tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table() || t.rare->partition_of || t.temporary ||
          !analysis::is_lower_snake(t.name) ||
          std::find(exceptions.begin(), exceptions.end(), t.name) != exceptions.end() ||
          std::find(exceptions.begin(), exceptions.end(), t.schema + "." + t.name) !=
              exceptions.end()) {
        continue;
      }
      const std::string word(analysis::last_word(t.name));
      const analysis::Number n = analysis::number_of(word);
      if (n == analysis::Number::Either || (n == analysis::Number::Plural) == want_plural) {
        continue;
      }
      const std::string to =
          want_plural ? analysis::plural_name(t.name) : analysis::singular_name(t.name);
      auto b = ctx.report(t.hist.created);
      b.table(t).message("table {} is {} ({}); the configured form is {}",
                         analysis::display_name(t.schema, t.name),
                         want_plural ? "singular" : "plural", word,
                         want_plural ? "plural" : "singular");
      if (to != t.name && good_new_name(ctx.analysis(), to) && cat.table(t.schema, to) == nullptr) {
        b.fix(rename_table_sql(ctx.analysis(), t, to));
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_table_name_inflection() {
  return std::make_unique<TableNameInflection>();
}

} // namespace ddlint::rules
