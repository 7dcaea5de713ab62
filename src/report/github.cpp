// GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message` line per
// finding (warning -> ::warning, info -> ::notice), which GitHub shows as annotations on the pull
// request's diff. Also appended to the text report when GITHUB_ACTIONS=true.
#include "report/location.h"
#include "report/reporter.h"
#include "report/sink.h"

#include <fmt/format.h>

namespace ddlint::report {
namespace {

const char* command(Severity s) {
  switch (s) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Info:
    return "notice";
  }
  return "warning";
}

// Escaping of the runner's toolkit (@actions/core: escapeData / escapeProperty).
std::string escape_data(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (const char c : escape_data(s)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

} // namespace

void write_github(const Context& ctx, std::ostream& os, std::size_t chunk) {
  const Locator loc(ctx.inputs);
  Sink sink(os, chunk);
  std::string& out = sink.buf();
  for (const Finding& f : ctx.findings) {
    const Position p = loc.position(f);
    std::string props;
    if (p.has_lines) {
      props = fmt::format("file={},line={},col={},endLine={}", escape_property(p.file), p.line,
                          p.column, p.end_line);
      if (p.end_line == p.line) {
        props += fmt::format(",endColumn={}", p.end_column);
      }
      props += ",";
    }
    props += "title=" + escape_property("ddlint " + f.rule);
    std::string message = f.message.str();
    if (!p.has_lines && !p.file.empty()) {
      message = p.file + ": " + message; // live-database objects: name them in the text
    }
    fmt::format_to(std::back_inserter(out), "::{} {}::{}\n", command(f.severity), props,
                   escape_data(message));
    sink.flush_if_full();
  }
  sink.flush();
}

} // namespace ddlint::report
