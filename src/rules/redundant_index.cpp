#include "analysis/analysis.h"
#include "ir/expr_sql.h"
#include "rules/rule.h"
#include "rules/rule_support.h"

#include <algorithm>
#include <unordered_map>

namespace ddlint::rules {
namespace {

bool plain_btree(const catalog::Index& idx) {
  return idx.method == "btree" && !idx.has_predicate && idx.valid;
}

bool subset(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return std::includes(b.begin(), b.end(), a.begin(), a.end());
}

// `a` is a leading prefix of `b`: every key of `a` equals the key of `b` at the same position.
// A one-column index is scanned in either direction, so its direction does not matter.
bool leading_prefix(const catalog::Index& a, const catalog::Index& b) {
  if (a.keys.size() > b.keys.size()) {
    return false;
  }
  const bool with_direction = a.keys.size() > 1;
  for (std::size_t i = 0; i < a.keys.size(); ++i) {
    if (analysis::key_signature(a.keys[i], with_direction) !=
        analysis::key_signature(b.keys[i], with_direction)) {
      return false;
    }
  }
  if (a.keys.size() < b.keys.size()) {
    return true;
  }
  // Same keys: redundant when `b` carries at least the same INCLUDE columns; exact duplicates
  // (same INCLUDE, same direction) are duplicate-index's.
  if (!subset(a.include(), b.include())) {
    return false;
  }
  const bool same_direction =
      std::equal(a.keys.begin(), a.keys.end(), b.keys.begin(),
                 [](const IndexKey& x, const IndexKey& y) { return x.descending == y.descending; });
  return !(subset(b.include(), a.include()) && same_direction);
}

class RedundantIndex final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "redundant-index",
      .category = Category::Indexing,
      .default_severity = Severity::Info,
      .recommended = true,
      .summary = "non-unique index whose columns are a leading prefix of another index",
      .fix = FixAvailability::Always,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (t.indexes.size() < 2) {
        continue;
      }
      // Only indexes with the same first key can be prefixes of each other.
      std::unordered_map<std::string, std::vector<const catalog::Index*>> by_first;
      for (const catalog::Index& idx : t.indexes) {
        if (plain_btree(idx) && !idx.keys.empty()) {
          by_first[analysis::key_signature(idx.keys.front(), false)].push_back(&idx);
        }
      }
      // An exact duplicate of another index is duplicate-index's finding, even when it is
      // also a prefix of a third: one finding per index.
      const std::vector<const catalog::Index*> duplicates = reported_duplicates(t);
      for (const catalog::Index& a : t.indexes) {
        // Candidates: plain non-unique indexes this table owns (not constraint indexes, not
        // clones of a partitioned parent's index, which are reported on the parent).
        if (!plain_btree(a) || a.unique || !a.constraint.empty() || !a.parent().empty() ||
            a.keys.empty() ||
            std::find(duplicates.begin(), duplicates.end(), &a) != duplicates.end()) {
          continue;
        }
        const auto it = by_first.find(analysis::key_signature(a.keys.front(), false));
        if (it == by_first.end()) {
          continue;
        }
        const catalog::Index* wider = nullptr;
        for (const catalog::Index* b : it->second) {
          // Two candidates that make each other redundant (`(a)` and `(a DESC)`): only the
          // later one goes, never both.
          const bool mutual =
              !b->unique && b->constraint.empty() && b->parent().empty() && leading_prefix(*b, a);
          if (b != &a && leading_prefix(a, *b) && (!mutual || b < &a)) {
            wider = b;
            break;
          }
        }
        if (wider == nullptr) {
          continue;
        }
        const std::vector<std::string> cols = key_columns(a);
        const bool partitioned = t.kind == catalog::TableKind::Partitioned;
        const std::string covers =
            wider->constraint.empty()
                ? "index " + wider->name
                : (wider->primary ? "primary key " : "unique constraint ") + wider->constraint;
        ctx.report(where(a.loc, a.hist))
            .table(t)
            .index(a.name)
            .columns(cols)
            .related(where(wider->loc, wider->hist))
            .message("index {} on {}({}) is redundant: {} ({}) starts with the same columns",
                     a.name, display_name(t), column_list(key_texts(a)), covers,
                     column_list(key_texts(*wider)))
            // IF EXISTS: in a migration another fix (a dropped column) may drop it first.
            .fix(fmt::format("DROP INDEX {}IF EXISTS {};", partitioned ? "" : "CONCURRENTLY ",
                             sql_name(ctx.analysis(), t.schema, a.name)));
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_redundant_index() {
  return std::make_unique<RedundantIndex>();
}

} // namespace ddlint::rules
