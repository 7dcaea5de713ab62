#include "parse/inputs.h"
#include "rules/rule.h"

namespace ddlint::rules {
namespace {

class SyntaxError final : public Rule {
public:
  static constexpr RuleMeta kMeta{
      .id = "syntax-error",
      .category = Category::Integrity,
      .default_severity = Severity::Error,
      .recommended = true,
      .summary = "a statement PostgreSQL 15 cannot parse",
      .fix = FixAvailability::None,
      .options = {},
      .files_only = true,
  };
  const RuleMeta& meta() const override { return kMeta; }

  void check(const RuleContext& ctx) const override {
    const auto& files = ctx.inputs().files;
    for (std::uint32_t fi = 0; fi < files.size(); ++fi) {
      const FileInput& f = files[fi];
      for (const parse::ParseError& e : f.errors) {
        // Identity: the message and the text of the line it points at (not its number).
        std::string_view text = f.content;
        std::size_t b = std::min<std::size_t>(e.begin, text.size());
        std::size_t ls = text.rfind('\n', b == 0 ? 0 : b - 1);
        ls = (ls == std::string_view::npos || b == 0) ? 0 : ls + 1;
        std::size_t le = text.find('\n', b);
        le = le == std::string_view::npos ? text.size() : le;
        const std::string_view line = text.substr(ls, std::min<std::size_t>(le - ls, 200));
        ctx.report(SourceRef{fi, e.begin, e.end})
            .message(e.message)
            .discriminator(e.message + "\x1f" + std::string(line));
      }
    }
  }
};

} // namespace

std::unique_ptr<Rule> make_syntax_error() {
  return std::make_unique<SyntaxError>();
}

} // namespace ddlint::rules
