#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "catalog/catalog.h"
#include "rules/rename_fix.h"
#include "rules/rule.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {.name = "suffix",
     .type = OptionType::String,
     .default_value = "\"_at\"",
     .doc = "expected ending of timestamp column names"},
    {.name = "exceptions",
     .type = OptionType::StringList,
     .default_value = "[]",
     .doc = "column names (or table.column) never reported"},
};

// The name with the suffix: a date-ish ending is replaced ("published_on" → "published_at"),
// otherwise the suffix is appended ("last_login" → "last_login_at").
std::string with_suffix(std::string_view name, std::string_view suffix) {
  for (const std::string_view end :
       {"_timestamp", "_datetime", "_date", "_time", "_ts", "_on", "_dt", "_at"}) {
    if (name.size() > end.size() && name.substr(name.size() - end.size()) == end) {
      return std::string(name.substr(0, name.size() - end.size())) + std::string(suffix);
    }
  }
  return std::string(name) + std::string(suffix);
}

class TimestampNaming final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "timestamp-naming",
      .category = Category::Naming,
      .default_severity = Severity::Info,
      .recommended = false,
      .summary = "timestamp column without _at suffix",
      .fix = FixAvailability::Sometimes,
      .options = kOptions,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const std::string suffix = ctx.option_string("suffix");
    const std::vector<std::string> exceptions = ctx.option_list("exceptions");
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table()) {
        continue;
      }
      for (const catalog::Column& c : t.columns) {
        if (c.inherited || (c.type.name != "timestamp" && c.type.name != "timestamptz") ||
            c.type.array_dims > 0 || suffix.empty() || c.name.ends_with(suffix) ||
            std::find(exceptions.begin(), exceptions.end(), c.name) != exceptions.end() ||
            std::find(exceptions.begin(), exceptions.end(), t.name + "." + c.name) !=
                exceptions.end()) {
          continue;
        }
        auto b = ctx.report(c.loc);
        b.table(t).column(c.name).message("timestamp column {}.{} ({}) does not end in {}",
                                          analysis::display_name(t.schema, t.name), c.name,
                                          c.type.name, suffix);
        const std::string to = with_suffix(c.name, suffix);
        if (analysis::is_lower_snake(c.name) && good_new_name(ctx.analysis(), to) &&
            t.column(to) == nullptr) {
          b.fix(rename_column_sql(ctx.analysis(), t, c.name, to));
        }
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_timestamp_naming() {
  return std::make_unique<TimestampNaming>();
}

} // namespace ddlint::rules
