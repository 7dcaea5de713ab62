// Reported by the filter stage (src/engine/filters.cpp), which caps the findings of each file at
// the configured `max_findings_per_file` after every other filter ran; check() has nothing to do.
#include "rules/rule.h"

namespace ddlint::rules {
namespace {

class FindingsLimit final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "findings-limit",
      .category = Category::Meta,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "a file with more findings than `max_findings_per_file`: the rest were dropped",
      .fix = FixAvailability::None,
      .options = {},
      .files_only = true,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& /*ctx*/) const override {}
};

} // namespace

std::unique_ptr<Rule> make_findings_limit() {
  return std::make_unique<FindingsLimit>();
}

} // namespace ddlint::rules
