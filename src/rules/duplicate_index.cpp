#include "analysis/analysis.h"
#include "ir/expr_sql.h"
#include "rules/rule.h"
#include "rules/rule_support.h"

#include <algorithm>
#include <unordered_map>

namespace ddlint::rules {
namespace {

std::string what(const catalog::Index& idx) {
  if (idx.constraint.empty()) {
    return (idx.unique ? "unique index " : "index ") + idx.name;
  }
  return (idx.primary ? "primary key " : "unique constraint ") + idx.constraint;
}

// True when an FK somewhere references exactly the key of this unique constraint; PostgreSQL
// then refuses DROP CONSTRAINT without CASCADE.
bool referenced(const analysis::Analysis& an, const catalog::Table& t, const catalog::Index& idx) {
  std::vector<std::string> key = idx.column_names();
  std::sort(key.begin(), key.end());
  for (const catalog::Table* other : an.referenced_by(t)) {
    for (const catalog::Constraint& k : other->constraints) {
      if (k.kind != ConstraintKind::ForeignKey || k.ref_resolved != t.qname()) {
        continue;
      }
      std::vector<std::string> ref = k.ref_columns_resolved;
      std::sort(ref.begin(), ref.end());
      if (ref == key) {
        return true;
      }
    }
  }
  return false;
}

class DuplicateIndex final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "duplicate-index",
      .category = Category::Indexing,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "two indexes or unique constraints with the same columns, method and predicate",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (t.indexes.size() < 2) {
        continue;
      }
      for (const auto& g : duplicate_index_groups(t)) {
        report_group(ctx, t, g);
      }
    }
  }

private:
  static void report_group(const RuleContext& ctx, const catalog::Table& t,
                           const std::vector<const catalog::Index*>& group) {
    const catalog::Index* keep = duplicate_keeper(group);
    for (const catalog::Index* dup : group) {
      if (!reported_duplicate(*dup, *keep)) {
        continue;
      }
      const std::vector<std::string> cols = key_columns(*dup);
      auto f = ctx.report(where(dup->loc, dup->hist));
      f.table(t)
          .index(dup->name)
          .columns(cols)
          .related(where(keep->loc, keep->hist))
          .message("{} duplicates {} on {}({})", what(*dup), what(*keep), display_name(t),
                   column_list(key_texts(*dup)));
      if (!dup->constraint.empty()) {
        f.constraint(dup->constraint);
      }
      if (!dup->parent().empty()) {
        continue; // attached to a parent index: only dropping the parent's would work
      }
      if (dup->constraint.empty()) {
        // IF EXISTS: in a `ddlint fix` migration another fix (a dropped column) may drop it first.
        const bool partitioned = t.kind == catalog::TableKind::Partitioned;
        f.fix(fmt::format("DROP INDEX {}IF EXISTS {};", partitioned ? "" : "CONCURRENTLY ",
                          sql_name(ctx.analysis(), t.schema, dup->name)));
      } else if (!referenced(ctx.analysis(), t, *dup)) {
        f.fix(fmt::format("ALTER TABLE {} DROP CONSTRAINT {};", sql_name(ctx.analysis(), t),
                          sql_ident(ctx.analysis(), dup->constraint)));
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_duplicate_index() {
  return std::make_unique<DuplicateIndex>();
}

} // namespace ddlint::rules
