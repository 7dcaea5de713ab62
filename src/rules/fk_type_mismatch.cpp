#include "analysis/analysis.h"
#include "analysis/column_types.h"
#include "rules/rule.h"
#include "rules/rule_support.h"

namespace ddlint::rules {
namespace {

class FkTypeMismatch final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "fk-type-mismatch",
      .category = Category::Integrity,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "foreign key column type differs from the referenced column type",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const catalog::Catalog& cat = ctx.catalog();
    const analysis::Analysis& an = ctx.analysis();
    for (const auto& tp : cat.tables()) {
      const catalog::Table& t = *tp;
      for (const catalog::Constraint& fk : t.constraints) {
        // Partition clones of a parent's FK are judged once, on the parent. Key types without an
        // equality operator make PostgreSQL refuse the FK: that is semantic-error's finding;
        // this rule is about types PostgreSQL accepts but that still differ (int4 → int8).
        if (fk.kind != ConstraintKind::ForeignKey || !fk.ref_exists || fk.key_types_incompatible ||
            (fk.inherited && t.rare->partition_of) ||
            fk.columns.size() != fk.ref_columns_resolved.size()) {
          continue;
        }
        const catalog::Table* target = cat.table(fk.ref_resolved.schema, fk.ref_resolved.name);
        if (target == nullptr) {
          continue;
        }
        std::vector<std::string> differences;
        std::vector<std::string> alters;
        std::vector<std::string> cols;
        bool fixable = true;
        std::vector<SourceRef> changed; // ALTER COLUMN ... TYPE on either side
        for (std::size_t i = 0; i < fk.columns.size(); ++i) {
          const catalog::Column* c = t.column(fk.columns[i]);
          const catalog::Column* rc = target->column(fk.ref_columns_resolved[i]);
          if (c == nullptr || rc == nullptr) {
            continue;
          }
          const analysis::EffectiveType mine = analysis::effective_type(cat, c->type);
          const analysis::EffectiveType theirs = analysis::effective_type(cat, rc->type);
          if (!mine.known || !theirs.known || analysis::same_type(mine, theirs)) {
            continue;
          }
          cols.emplace_back(c->name);
          differences.push_back(fmt::format("{} is {} but {}.{} is {}", c->name,
                                            analysis::describe(mine), display_name(*target),
                                            rc->name, analysis::describe(theirs)));
          // ALTER TABLE cannot change the type of an inherited column on its own.
          // Nor one PostgreSQL refuses to retype (partition key, read by a view or a policy).
          fixable = fixable && analysis::own_column(*c) &&
                    analysis::type_change_blocker(an, t, *c).empty();
          std::string alter = fmt::format("ALTER COLUMN {} TYPE {}", sql_ident(an, c->name),
                                          sql_type(an, rc->type));
          if (!c->generated) { // PostgreSQL recomputes a generated column and refuses USING
            alter += fmt::format(" USING {}::{}", sql_ident(an, c->name), sql_type(an, rc->type));
          }
          alters.push_back(std::move(alter));
          changed.push_back(c->type_changed());
          changed.push_back(rc->type_changed());
        }
        if (differences.empty()) {
          continue;
        }
        auto f = ctx.report(where(fk.loc, fk.hist));
        f.table(t).columns(cols).constraint(fk.name).message(
            "foreign key {}({}) → {}({}) has mismatched types: {}", display_name(t),
            column_list(fk.columns), display_name(*target), column_list(fk.ref_columns_resolved),
            str::join(differences, "; "));
        for (const SourceRef& r : changed) {
          f.related(r);
        }
        if (fixable) {
          f.fix(fmt::format("ALTER TABLE {} {};", sql_name(an, t), str::join(alters, ", ")));
        }
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_fk_type_mismatch() {
  return std::make_unique<FkTypeMismatch>();
}

} // namespace ddlint::rules
