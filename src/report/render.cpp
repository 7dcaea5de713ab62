#include "base/error.h"
#include "report/reporter.h"

namespace ddlint::report {

std::string rule_doc_url(std::string_view rule) {
  return "https://github.com/ddlint/ddlint/blob/main/docs/rules/" + std::string(rule) + ".md";
}

std::vector<std::string> formats() {
  return {"text", "json", "sarif", "junit", "github", "markdown", "html"};
}

std::string render(std::string_view format, const Context& ctx) {
  if (format == "text") {
    return render_text(ctx);
  }
  if (format == "json") {
    return render_json(ctx);
  }
  if (format == "sarif") {
    return render_sarif(ctx);
  }
  if (format == "junit") {
    return render_junit(ctx);
  }
  if (format == "github") {
    return render_github(ctx);
  }
  if (format == "markdown") {
    return render_markdown(ctx);
  }
  if (format == "html") {
    return render_html(ctx);
  }
  throw UsageError("unknown format \"" + std::string(format) + "\"");
}

} // namespace ddlint::report
