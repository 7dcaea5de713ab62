// `ddlint explain RULE`: the rule's documentation page, embedded in the binary, without its HTML
// comments (the gen-docs markers are for editors of the page, not for readers).
#include "base/embedded.h"
#include "base/error.h"
#include "cli/commands.h"
#include "rules/registry.h"

#include <string_view>

namespace ddlint::cli {
namespace {

std::string_view trim(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) {
    return {};
  }
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

// Drops the lines of HTML comments (`<!-- ... -->`, also over several lines) outside fenced code
// blocks; everything else is kept as written.
std::string strip_html_comments(std::string_view page) {
  std::string out;
  out.reserve(page.size());
  bool in_fence = false;
  bool in_comment = false;
  while (!page.empty()) {
    const std::size_t nl = page.find('\n');
    const std::string_view line =
        page.substr(0, nl == std::string_view::npos ? page.size() : nl + 1);
    page.remove_prefix(line.size());
    const std::string_view t = trim(line.substr(0, line.find('\n')));
    if (in_comment) {
      in_comment = t.find("-->") == std::string_view::npos;
      continue;
    }
    if (!in_fence && t.starts_with("<!--")) {
      in_comment = t.find("-->") == std::string_view::npos;
      continue;
    }
    if (t.starts_with("```") || t.starts_with("~~~")) {
      in_fence = !in_fence;
    }
    out += line;
  }
  return out;
}

} // namespace

int cmd_explain(const ExplainOptions& o, Io& io) {
  if (rules::find(o.rule) == nullptr) {
    throw UsageError("unknown rule \"" + o.rule + "\" (see `ddlint rules`)");
  }
  const auto page = embedded::find("docs/rules/" + o.rule + ".md");
  if (!page) {
    throw UsageError("no documentation for \"" + o.rule + "\" in this build");
  }
  write_output("-", strip_html_comments(*page), io);
  return 0;
}

} // namespace ddlint::cli
