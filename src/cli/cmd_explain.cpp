// `ddlint explain RULE`: the rule's documentation page, embedded in the binary.
#include "base/embedded.h"
#include "base/error.h"
#include "cli/commands.h"
#include "rules/registry.h"

namespace ddlint::cli {

int cmd_explain(const ExplainOptions& o, Io& io) {
  if (rules::find(o.rule) == nullptr) {
    throw UsageError("unknown rule \"" + o.rule + "\" (see `ddlint rules`)");
  }
  const auto page = embedded::find("docs/rules/" + o.rule + ".md");
  if (!page) {
    throw UsageError("no documentation for \"" + o.rule + "\" in this build");
  }
  write_output("-", std::string(*page), io);
  return 0;
}

} // namespace ddlint::cli
