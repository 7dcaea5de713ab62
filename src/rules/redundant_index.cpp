#include "catalog/catalog.h"
#include "rules/rule.h"

namespace ddlint::rules {
namespace {

class RedundantIndex final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "redundant-index",
      .category = Category::Indexing,
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

std::unique_ptr<Rule> make_redundant_index() { return std::make_unique<RedundantIndex>(); }

} // namespace ddlint::rules
