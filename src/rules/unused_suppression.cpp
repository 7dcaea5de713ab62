// Reported by the filter stage (src/suppress/comments.cpp), which alone knows what the
// suppression comments matched after every other rule ran; check() has nothing to do.
#include "rules/rule.h"

namespace ddlint::rules {
namespace {

class UnusedSuppression final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "unused-suppression",
      .category = Category::Meta,
      .default_severity = Severity::Info,
      .recommended = true,
      .summary = "a suppression comment that suppressed nothing",
      .fix = FixAvailability::None,
      .options = {},
      .files_only = true,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& /*ctx*/) const override {}
};

} // namespace

std::unique_ptr<Rule> make_unused_suppression() {
  return std::make_unique<UnusedSuppression>();
}

} // namespace ddlint::rules
