#include "catalog/catalog.h"
#include "rules/problem_finding.h"

namespace ddlint::rules {
namespace {

class SemanticError final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "semantic-error",
      .category = Category::Integrity,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "a statement PostgreSQL would reject although it parses",
      .fix = FixAvailability::None,
      .options = {},
      .files_only = true,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    for (const catalog::Problem& p : ctx.catalog().problems()) {
      if (p.kind != catalog::Problem::Kind::Semantic) {
        continue;
      }
      ctx.report(p.loc).object(problem_object(p)).message(p.message).discriminator(p.message);
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_semantic_error() {
  return std::make_unique<SemanticError>();
}

} // namespace ddlint::rules
