#include "catalog/catalog.h"
#include "rules/rule.h"

namespace ddlint::rules {
namespace {

class PreferText final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "prefer-text",
      .category = Category::Types,
      .default_severity = Severity::Warning,
      .recommended = true,
      .summary = "FIXME one line, lower case, no final period",
      .fix = FixAvailability::None,
      .options = {},
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    for (const auto& table : ctx.catalog().tables()) {
      (void)table; // FIXME
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_prefer_text() { return std::make_unique<PreferText>(); }

} // namespace ddlint::rules
