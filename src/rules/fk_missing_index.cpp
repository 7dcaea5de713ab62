#include "analysis/analysis.h"
#include "rules/rule.h"
#include "rules/rule_support.h"

namespace ddlint::rules {
namespace {

class FkMissingIndex final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "fk-missing-index",
      .category = Category::Indexing,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "foreign key columns are not the leading columns of any index",
      .fix = FixAvailability::Always,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const analysis::Analysis& an = ctx.analysis();
    const std::string pattern = analysis::naming_pattern(ctx.config(), analysis::NameKind::Index);
    for (const analysis::JudgedForeignKey& j : an.index_coverage().foreign_keys()) {
      if (j.covered_by != nullptr) {
        continue;
      }
      const catalog::Table& t = *j.table;
      const catalog::Constraint& fk = *j.fk;
      bool matches = true;
      const std::string name = analysis::suggest_name(
          analysis::NameKind::Index, pattern, t.name, fk.columns, "",
          [&](std::string_view n) { return an.catalog().relation_name_taken(t.schema, n); },
          &matches);
      // CREATE INDEX CONCURRENTLY is not supported on a partitioned table.
      const bool partitioned = t.kind == catalog::TableKind::Partitioned;
      const std::string leading =
          fk.columns.size() == 1 ? "leading with " + fk.columns.front()
                                 : "whose leading columns are (" + column_list(fk.columns) + ")";
      ctx.report(where(fk.loc, fk.hist))
          .table(t)
          .columns(fk.columns)
          .constraint(fk.name)
          .message("foreign key {}({}) → {} has no index {}", display_name(t),
                   column_list(fk.columns), fk_target(fk), leading)
          .fix(fmt::format("{}CREATE INDEX {}{} ON {} ({});",
                           matches ? std::string()
                                   : fmt::format("-- adapt the index name to the naming pattern "
                                                 "{} (constraint-naming.index): no usual "
                                                 "spelling matches it\n",
                                                 pattern),
                           partitioned ? "" : "CONCURRENTLY ", sql_ident(an, name),
                           sql_name(ctx.analysis(), t), sql_column_list(an, fk.columns)));
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_fk_missing_index() {
  return std::make_unique<FkMissingIndex>();
}

} // namespace ddlint::rules
