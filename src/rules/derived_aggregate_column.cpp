#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "rules/rule.h"

namespace ddlint::rules {
namespace {

bool is_number_type(const TypeRef& t) {
  const std::string& n = t.name;
  return t.array_dims == 0 && (n == "int2" || n == "int4" || n == "int8" || n == "numeric" ||
                               n == "float4" || n == "float8" || n == "money");
}

// The aggregated stem of an aggregate-looking name ("issues_count" → "issues", "total_amount" →
// "amount"), or nullopt.
std::optional<std::string> aggregate_stem(std::string_view n) {
  for (const std::string_view s : {"_count", "_total", "_sum", "_avg", "_average"}) {
    if (n.size() > s.size() && n.substr(n.size() - s.size()) == s) {
      return std::string(n.substr(0, n.size() - s.size()));
    }
  }
  for (const std::string_view p : {"count_", "total_", "num_", "average_"}) {
    if (n.size() > p.size() && n.substr(0, p.size()) == p) {
      return std::string(n.substr(p.size()));
    }
  }
  return std::nullopt;
}

class DerivedAggregateColumn final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "derived-aggregate-column",
      .category = Category::Normalization,
      .default_severity = Severity::Info,
      .recommended = true,
      .summary = "stored count/total/average of child rows on a table other tables reference",
      .fix = FixAvailability::None,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (!t.is_table() || t.partition_of) {
        continue;
      }
      std::vector<const catalog::Table*> children;
      for (const catalog::Table* r : ctx.analysis().referenced_by(t)) {
        if (r != &t && !r->partition_of) {
          children.push_back(r);
        }
      }
      if (children.empty()) {
        continue;
      }
      for (const catalog::Column& c : t.columns) {
        if (c.inherited || c.generated || !is_number_type(c.type)) {
          continue;
        }
        const auto stem = aggregate_stem(c.name);
        if (!stem) {
          continue;
        }
        // Prefer the child the name points at: issues_count and a table issues.
        const catalog::Table* named = nullptr;
        for (const catalog::Table* r : children) {
          if (r->name == *stem || r->name == analysis::plural_name(*stem)) {
            named = r;
            break;
          }
        }
        std::string evidence;
        if (named != nullptr) {
          evidence = fmt::format("{} references {} and its name matches",
                                 analysis::display_name(named->schema, named->name),
                                 analysis::display_name(t.schema, t.name));
        } else {
          std::vector<std::string> names;
          for (std::size_t i = 0; i < children.size() && i < 3; ++i) {
            names.push_back(analysis::display_name(children[i]->schema, children[i]->name));
          }
          evidence =
              fmt::format("{}{} reference{} {}", str::join(names, ", "),
                          children.size() > 3 ? " and others" : "", children.size() == 1 ? "s" : "",
                          analysis::display_name(t.schema, t.name));
        }
        ctx.report(c.loc).table(t).column(c.name).message(
            "column {}.{} looks like a stored aggregate of child rows ({}); it is "
            "derived data that goes stale unless every change to the children updates it",
            analysis::display_name(t.schema, t.name), c.name, evidence);
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_derived_aggregate_column() {
  return std::make_unique<DerivedAggregateColumn>();
}

} // namespace ddlint::rules
