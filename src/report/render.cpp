#include "base/error.h"
#include "report/reporter.h"

#include <ostream>
#include <sstream>

namespace ddlint::report {

namespace {

template <typename Write> std::string as_string(Write write, const Context& ctx) {
  std::ostringstream os;
  write(ctx, os, kChunkBytes);
  return std::move(os).str();
}

} // namespace

std::string rule_doc_url(std::string_view rule) {
  return "https://github.com/ddlint/ddlint/blob/main/docs/rules/" + std::string(rule) + ".md";
}

std::vector<std::string> formats() {
  return {"text", "json", "sarif", "junit", "github", "markdown", "html"};
}

void render(std::string_view format, const Context& ctx, std::ostream& os, std::size_t chunk) {
  if (format == "text") {
    write_text(ctx, os, chunk);
  } else if (format == "json") {
    write_json(ctx, os, chunk);
  } else if (format == "sarif") {
    write_sarif(ctx, os, chunk);
  } else if (format == "junit") {
    write_junit(ctx, os, chunk);
  } else if (format == "github") {
    write_github(ctx, os, chunk);
  } else if (format == "markdown") {
    os << render_markdown(ctx);
  } else if (format == "html") {
    os << render_html(ctx);
  } else {
    throw UsageError("unknown format \"" + std::string(format) + "\"");
  }
}

std::string render(std::string_view format, const Context& ctx) {
  if (format == "markdown") {
    return render_markdown(ctx);
  }
  if (format == "html") {
    return render_html(ctx);
  }
  std::ostringstream os;
  render(format, ctx, os);
  return std::move(os).str();
}

std::string render_text(const Context& ctx) {
  return as_string(write_text, ctx);
}
std::string render_json(const Context& ctx) {
  return as_string(write_json, ctx);
}
std::string render_sarif(const Context& ctx) {
  return as_string(write_sarif, ctx);
}
std::string render_junit(const Context& ctx) {
  return as_string(write_junit, ctx);
}
std::string render_github(const Context& ctx) {
  return as_string(write_github, ctx);
}

} // namespace ddlint::report
