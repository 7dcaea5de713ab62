#include "base/error.h"
#include "report/reporter.h"

namespace ddlint::report {

std::vector<std::string> formats() {
  return {"text", "json"};
}

std::string render(std::string_view format, const Context& ctx) {
  if (format == "text") {
    return render_text(ctx);
  }
  if (format == "json") {
    return render_json(ctx);
  }
  throw UsageError("unknown format \"" + std::string(format) + "\"");
}

} // namespace ddlint::report
