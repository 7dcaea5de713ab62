#include "analysis/analysis.h"
#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "rules/rule.h"

#include <algorithm>
#include <optional>

namespace ddlint::rules {
namespace {

bool is_number_type(const TypeRef& t) {
  const std::string_view n = t.name;
  return t.array_dims == 0 && (n == "int2" || n == "int4" || n == "int8" || n == "numeric" ||
                               n == "float4" || n == "float8" || n == "money");
}

enum class Aggregate : std::uint8_t { Count, Sum };

struct Stem {
  Aggregate kind = Aggregate::Count;
  std::string stem; // "issues" of issues_count, "amount" of total_amount
};

// The aggregated stem of an aggregate-looking name, or nullopt.
std::optional<Stem> aggregate_stem(std::string_view n) {
  for (const std::string_view s : {"_count", "_total", "_sum", "_avg", "_average"}) {
    if (n.size() > s.size() && n.substr(n.size() - s.size()) == s) {
      return Stem{s == "_count" ? Aggregate::Count : Aggregate::Sum,
                  std::string(n.substr(0, n.size() - s.size()))};
    }
  }
  for (const std::string_view p : {"count_", "num_", "total_", "average_"}) {
    if (n.size() > p.size() && n.substr(0, p.size()) == p) {
      std::string rest(n.substr(p.size()));
      // total_issues_count, num_of_issues
      for (const std::string_view s : {"_count"}) {
        if (rest.size() > s.size() && rest.ends_with(s)) {
          rest.resize(rest.size() - s.size());
        }
      }
      if (rest.starts_with("of_")) {
        rest = rest.substr(3);
      }
      const bool count = p == "count_" || p == "num_" || n.ends_with("_count");
      return Stem{count ? Aggregate::Count : Aggregate::Sum, rest};
    }
  }
  return std::nullopt;
}

constexpr std::string_view kSettingPrefixes[] = {"max_",   "min_",     "required_", "allowed_",
                                                 "limit_", "default_", "target_"};

// True when `table`'s name has `word` (or its singular/plural) as one of its words.
bool names_word(std::string_view table, const std::string& word) {
  const std::string one = analysis::singular(word);
  for (const std::string& w : analysis::words(table)) {
    if (w == word || w == one || analysis::singular(w) == one) {
      return true;
    }
  }
  return false;
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
      if (!t.is_table() || t.rare->partition_of) {
        continue;
      }
      std::vector<const catalog::Table*> children;
      for (const catalog::Table* r : ctx.analysis().referenced_by(t)) {
        if (r != &t && !r->rare->partition_of) {
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
        // The evidence: a referencing table named after what is counted (issues_count and
        // issues), or one with the numeric column that is summed (total_amount and
        // order_items.amount). Without it, a counter is as likely a setting or a tally of
        // events stored nowhere (sign_in_count, max_retry_count).
        const std::string last(analysis::last_word(stem->stem));
        // A limit or a setting (max_issue_count, required_approval_count) is not an aggregate;
        // and when the counted word is the table itself (issues.blocking_issues_count), a child
        // named after it proves nothing.
        const bool setting =
            std::any_of(std::begin(kSettingPrefixes), std::end(kSettingPrefixes),
                        [&](std::string_view p) { return stem->stem.starts_with(p); });
        if (setting || (stem->kind == Aggregate::Count && names_word(t.name, last))) {
          continue;
        }
        std::string evidence;
        // Best evidence first: a child named like the whole stem (diary_comments for
        // diary_comments_count), then one whose last word is the counted one (changesets for
        // changesets_count), before one that merely mentions it (changeset_comments).
        const std::string plural = analysis::plural_name(stem->stem);
        auto score = [&](const catalog::Table* r) {
          if (r->name == stem->stem || r->name == plural || r->name.ends_with("_" + stem->stem) ||
              r->name.ends_with("_" + plural)) {
            return 2;
          }
          return names_word(analysis::last_word(r->name), last) ? 1 : 0;
        };
        // Best candidates first; each score computed once (a table like users has hundreds of
        // referencing tables).
        std::vector<std::pair<int, const catalog::Table*>> ranked;
        ranked.reserve(children.size());
        for (const catalog::Table* r : children) {
          ranked.emplace_back(score(r), r);
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& entry : ranked) {
          const catalog::Table* r = entry.second;
          const std::string child = analysis::display_name(r->schema, r->name);
          if (stem->kind == Aggregate::Count && names_word(r->name, last)) {
            evidence = fmt::format("{} references {} and is what the name counts", child,
                                   analysis::display_name(t.schema, t.name));
            break;
          }
          if (stem->kind == Aggregate::Sum) {
            for (const std::string& col : {stem->stem, last}) {
              const catalog::Column* rc = r->column(col);
              if (rc != nullptr && is_number_type(rc->type)) {
                evidence = fmt::format("{}.{} of the {} rows that reference {}", child, col, child,
                                       analysis::display_name(t.schema, t.name));
                break;
              }
            }
            if (!evidence.empty()) {
              break;
            }
          }
        }
        if (evidence.empty()) {
          continue;
        }
        std::vector<std::string> referencing;
        for (const catalog::Table* r : children) {
          referencing.push_back(analysis::display_name(r->schema, r->name));
        }
        std::sort(referencing.begin(), referencing.end());
        const std::string table = analysis::display_name(t.schema, t.name);
        ctx.report(c.loc).table(t).column(c.name).message(
            "3NF: column {}.{} stores an aggregate of child rows ({}; tables referencing {}: {}), "
            "derived data that depends on other tables' rows rather than on the key of {} and "
            "goes stale unless every change to them updates it",
            table, c.name, evidence, table, str::join(referencing, ", "), table);
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_derived_aggregate_column() {
  return std::make_unique<DerivedAggregateColumn>();
}

} // namespace ddlint::rules
