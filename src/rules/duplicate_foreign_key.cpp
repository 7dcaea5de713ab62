#include "analysis/analysis.h"
#include "rules/rule.h"
#include "rules/rule_support.h"

#include <algorithm>
#include <unordered_map>

namespace ddlint::rules {
namespace {

// Target plus (column, referenced column) pairs in a fixed order: FOREIGN KEY (a, b)
// REFERENCES t (x, y) and FOREIGN KEY (b, a) REFERENCES t (y, x) are the same constraint.
std::string fk_key(const catalog::Constraint& fk) {
  std::vector<std::string> pairs;
  for (std::size_t i = 0; i < fk.columns.size(); ++i) {
    pairs.push_back(fk.columns[i] + '\x1e' +
                    (i < fk.ref_columns_resolved.size() ? fk.ref_columns_resolved[i] : ""));
  }
  std::sort(pairs.begin(), pairs.end());
  return fk.ref_resolved.schema + '\x1f' + fk.ref_resolved.name + '\x1f' + str::join(pairs, "\x1d");
}

class DuplicateForeignKey final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "duplicate-foreign-key",
      .category = Category::Integrity,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "two foreign key constraints on the same columns to the same target",
      .fix = FixAvailability::Sometimes,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const analysis::Analysis& an = ctx.analysis();
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      std::unordered_map<std::string, const catalog::Constraint*> first;
      for (const catalog::Constraint& fk : t.constraints) {
        // Partition clones of a parent's FKs are reported once, on the parent.
        if (fk.kind != ConstraintKind::ForeignKey || (fk.inherited && t.rare->partition_of)) {
          continue;
        }
        const auto [it, inserted] = first.emplace(fk_key(fk), &fk);
        if (inserted) {
          continue;
        }
        const catalog::Constraint& keep = *it->second;
        std::string actions;
        if (fk.on_delete != keep.on_delete) {
          actions = fmt::format("; ON DELETE differs ({} here, {} on {}) and both are enforced",
                                to_string(fk.on_delete), to_string(keep.on_delete), keep.name);
        } else if (fk.on_update != keep.on_update) {
          actions = fmt::format("; ON UPDATE differs ({} here, {} on {}) and both are enforced",
                                to_string(fk.on_update), to_string(keep.on_update), keep.name);
        }
        // MATCH FULL or DEFERRABLE on only one of them changes what is checked, and when.
        const bool same_checks = fk.match_type == keep.match_type &&
                                 fk.deferrable == keep.deferrable &&
                                 fk.initially_deferred == keep.initially_deferred;
        auto f = ctx.report(where(fk.loc, fk.hist));
        f.table(t)
            .columns(fk.columns)
            .constraint(fk.name)
            .related(where(keep.loc, keep.hist))
            .message("foreign key {} duplicates {} on {}({}) → {}{}", fk.name, keep.name,
                     display_name(t), column_list(fk.columns), fk_target(fk), actions);
        // With different actions or checks, which one to keep is a decision, not a fix.
        if (actions.empty() && same_checks) {
          f.fix(fmt::format("ALTER TABLE {} DROP CONSTRAINT {};", sql_name(an, t),
                            sql_ident(an, fk.name)));
        }
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_duplicate_foreign_key() {
  return std::make_unique<DuplicateForeignKey>();
}

} // namespace ddlint::rules
