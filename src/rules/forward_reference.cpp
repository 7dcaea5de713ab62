#include "base/line_index.h"
#include "catalog/catalog.h"
#include "parse/inputs.h"
#include "rules/problem_finding.h"

namespace ddlint::rules {
namespace {

class ForwardReference final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "forward-reference",
      .category = Category::Integrity,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "reference to an object that is created only later in apply order",
      .fix = FixAvailability::None,
      .options = {},
      .files_only = true,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const auto& files = ctx.inputs().files;
    for (const catalog::Problem& p : ctx.catalog().problems()) {
      if (p.kind != catalog::Problem::Kind::Forward) {
        continue;
      }
      std::string where;
      if (p.created_at.file < files.size()) {
        const FileInput& f = files[p.created_at.file];
        const LineCol lc = LineIndex(f.content, f.lines).at(p.created_at.begin);
        where = f.path + ":" + std::to_string(lc.line);
      }
      ctx.report(p.loc)
          .object(problem_object(p))
          .message("{} {} is used before it is created{}; applied in this order PostgreSQL fails",
                   p.missing_kind, p.missing, where.empty() ? "" : " (created at " + where + ")")
          .related(p.created_at)
          .discriminator(p.message);
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_forward_reference() {
  return std::make_unique<ForwardReference>();
}

} // namespace ddlint::rules
