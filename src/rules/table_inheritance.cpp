#include "rules/rule.h"
#include "rules/rule_support.h"

namespace ddlint::rules {
namespace {

class TableInheritance final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "table-inheritance",
      .category = Category::Types,
      .default_severity = Severity::Info,
      .recommended = true,
      .summary = "table uses INHERITS: primary keys, unique constraints and foreign keys are not "
                 "inherited",
      .fix = FixAvailability::None,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    for (const auto& tp : ctx.catalog().tables()) {
      const catalog::Table& t = *tp;
      if (t.rare->inherits.empty()) {
        continue;
      }
      std::vector<std::string> parents;
      for (const QualName& p : t.rare->inherits) {
        parents.push_back(display_name(p.schema, p.name));
      }
      // Where the last parent was added (CREATE TABLE ... INHERITS or ALTER TABLE ... INHERIT)
      // is not recorded separately; the table's definition stands for both.
      ctx.report(t.hist.created)
          .table(t)
          .related(t.hist.last())
          .message("table {} inherits from {}: its primary key, unique constraints, foreign keys "
                   "and indexes are not inherited",
                   display_name(t), str::join(parents, ", "));
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_table_inheritance() {
  return std::make_unique<TableInheritance>();
}

} // namespace ddlint::rules
