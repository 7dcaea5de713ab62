// gcc-style text: file:line:col: severity: message [rule-id], then (on a terminal) the source
// line with a caret underline; a one-line summary unless --quiet.
#include "report/location.h"
#include "report/reporter.h"
#include "report/sink.h"

#include <fmt/format.h>

#include <algorithm>

namespace ddlint::report {
namespace {

const char* colour(Severity s) {
  switch (s) {
  case Severity::Error:
    return "\x1b[1;31m";
  case Severity::Warning:
    return "\x1b[1;35m";
  case Severity::Info:
    return "\x1b[1;36m";
  }
  return "";
}

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kGreen = "\x1b[1;32m";
constexpr const char* kReset = "\x1b[0m";

} // namespace

void write_text(const Context& ctx, std::ostream& os, std::size_t chunk) {
  const Locator loc(ctx.inputs);
  Sink sink(os, chunk);
  std::string& out = sink.buf();
  std::size_t counts[3] = {0, 0, 0};
  for (const Finding& f : ctx.findings) {
    ++counts[static_cast<std::size_t>(f.severity)];
    const Position p = loc.position(f);
    if (ctx.color) {
      out += kBold;
    }
    out += p.file;
    if (p.has_lines) {
      fmt::format_to(std::back_inserter(out), ":{}:{}", p.line, p.column);
    }
    out += ": ";
    if (ctx.color) {
      out += kReset;
      out += colour(f.severity);
    }
    out += to_string(f.severity);
    out += ": ";
    if (ctx.color) {
      out += kReset;
    }
    out += f.message;
    out += " [";
    out += f.rule;
    out += "]\n";
    if (ctx.tty && p.has_lines) {
      const LineIndex* idx = loc.index(f.loc.file);
      const std::string_view line = idx->line_text(p.line);
      out += "  ";
      out += line;
      out += "\n  ";
      // Caret under the start, tildes to the end of the range on that line.
      std::size_t col = 1;
      std::string marks;
      for (std::size_t i = 0; i < line.size(); ++col) {
        if (col >= p.column) {
          break;
        }
        const unsigned char c = static_cast<unsigned char>(line[i]);
        marks += c == '\t' ? '\t' : ' ';
        i += (c < 0x80U) ? 1 : (c >= 0xF0U ? 4 : (c >= 0xE0U ? 3 : 2));
      }
      if (ctx.color) {
        marks += kGreen;
      }
      marks += '^';
      const std::uint32_t end_col = p.end_line == p.line ? p.end_column : 0;
      for (std::uint32_t c = p.column + 1; c < end_col && c <= line.size() + 1; ++c) {
        marks += '~';
      }
      if (ctx.color) {
        marks += kReset;
      }
      out += marks;
      out += '\n';
    }
    sink.flush_if_full();
  }
  if (!ctx.quiet) {
    for (const std::string& n : ctx.notes) {
      out += "note: " + n + "\n";
    }
    const std::size_t total = ctx.findings.size();
    if (total == 0) {
      fmt::format_to(std::back_inserter(out), "No findings in {} file{}.\n",
                     ctx.inputs.files.size(), ctx.inputs.files.size() == 1 ? "" : "s");
    } else {
      fmt::format_to(std::back_inserter(out),
                     "{} finding{} ({} error{}, {} warning{}, {} info) in {} file{}.\n", total,
                     total == 1 ? "" : "s", counts[2], counts[2] == 1 ? "" : "s", counts[1],
                     counts[1] == 1 ? "" : "s", counts[0], ctx.inputs.files.size(),
                     ctx.inputs.files.size() == 1 ? "" : "s");
    }
  }
  sink.flush();
}

} // namespace ddlint::report
