#include "analysis/analysis.h"
#include "analysis/dependencies.h"
#include "analysis/naming.h"
#include "base/strings.h"
#include "catalog/catalog.h"
#include "config/config.h"
#include "rules/rule.h"

#include <algorithm>

namespace ddlint::rules {
namespace {

class TransitiveDependency final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "transitive-dependency",
      .category = Category::Normalization,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "3NF: column <x>_<attr> next to foreign key <x>_id whose target has <attr>",
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
      const catalog::Constraint* pk = t.primary_key();
      for (const analysis::ForeignKeyCopies& fc :
           analysis::copied_attributes(ctx.catalog(), ctx.analysis().tenancy(), t)) {
        // A key column determines the rest directly: that is partial-dependency's case (part of
        // a composite key) or a 1:1 extension table (the whole key).
        if (pk != nullptr &&
            std::find(pk->columns.begin(), pk->columns.end(), fc.fk_column) != pk->columns.end()) {
          continue;
        }
        for (const analysis::CopiedAttribute& ca : fc.copies) {
          ctx.report(ca.column->loc)
              .table(t)
              .column(ca.column->name)
              .related(fc.fk->loc)
              .message("3NF: {}.{} depends on {}, not on the key of {}: it repeats {}.{} "
                       "(foreign key {}({}) → {}({}))",
                       analysis::display_name(t.schema, t.name), ca.column->name, fc.fk_column,
                       analysis::display_name(t.schema, t.name),
                       analysis::display_name(fc.target->schema, fc.target->name),
                       ca.target_column->name, t.name, str::join(fc.fk->columns, ", "),
                       analysis::display_name(fc.target->schema, fc.target->name),
                       str::join(fc.fk->ref_columns_resolved, ", "));
        }
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_transitive_dependency() {
  return std::make_unique<TransitiveDependency>();
}

} // namespace ddlint::rules
