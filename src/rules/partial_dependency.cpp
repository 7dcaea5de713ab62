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

class PartialDependency final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "partial-dependency",
      .category = Category::Normalization,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "2NF: in a composite-key table, a column that copies an attribute of the table "
                 "one key part references",
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
      if (pk == nullptr) {
        continue;
      }
      // The key without its tenant column: (tenant_id, id) is not composite in the 2NF sense.
      std::vector<std::string> key;
      for (const Atom c : pk->columns) {
        if (!analysis::is_tenant_column(ctx.analysis().tenancy(), c)) {
          key.emplace_back(c);
        }
      }
      if (key.size() < 2) {
        continue;
      }
      for (const analysis::ForeignKeyCopies& fc :
           analysis::copied_attributes(ctx.catalog(), ctx.analysis().tenancy(), t)) {
        if (std::find(key.begin(), key.end(), fc.fk_column) == key.end()) {
          continue;
        }
        for (const analysis::CopiedAttribute& ca : fc.copies) {
          if (std::find(pk->columns.begin(), pk->columns.end(), ca.column->name) !=
              pk->columns.end()) {
            continue;
          }
          ctx.report(ca.column->loc)
              .table(t)
              .column(ca.column->name)
              .related(fc.fk->loc)
              .message("2NF: {}.{} depends on {}, only part of the key ({}): it repeats {}.{} "
                       "(foreign key {}({}) → {}({}))",
                       analysis::display_name(t.schema, t.name), ca.column->name, fc.fk_column,
                       str::join(pk->columns, ", "),
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

std::unique_ptr<Rule> make_partial_dependency() {
  return std::make_unique<PartialDependency>();
}

} // namespace ddlint::rules
