#include "catalog/catalog.h"
#include "config/config.h"
#include "rules/problem_finding.h"

namespace ddlint::rules {
namespace {

class UndefinedObject final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "undefined-object",
      .category = Category::Integrity,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "reference to a table, column, type or function defined nowhere in the inputs",
      .fix = FixAvailability::None,
      .options = {},
      .files_only = true,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    for (const catalog::Problem& p : ctx.catalog().problems()) {
      if (p.kind != catalog::Problem::Kind::Undefined) {
        continue;
      }
      // Objects the config declares as defined elsewhere (e.g. auth.users, auth.uid()).
      if (!p.missing.empty() && ctx.config().is_external(p.missing)) {
        continue;
      }
      if (!p.schema.empty() && ctx.config().is_external(p.schema)) {
        continue;
      }
      std::string msg = p.message;
      if (!p.missing.empty() && p.missing_kind != "column") {
        msg += " (list it under `external` in the config if it is defined outside these files)";
      }
      ctx.report(p.loc).object(problem_object(p)).message(msg).discriminator(p.message);
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_undefined_object() {
  return std::make_unique<UndefinedObject>();
}

} // namespace ddlint::rules
