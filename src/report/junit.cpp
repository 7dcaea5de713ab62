// JUnit XML for CI test reports (GitLab, Jenkins, Azure): one testsuite per rule category, one
// testcase per table. A testcase fails when it has findings at or above --fail-on; its <failure>
// carries them in gcc style, and findings below the threshold go to its <system-out>. Findings
// about no table (syntax errors, types, functions) get a testcase named after their object, or
// their file. Valid against the Jenkins JUnit XSD (the common denominator of the consumers).
#include "base/utf8.h"
#include "report/location.h"
#include "report/reporter.h"
#include "report/sink.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace ddlint::report {
namespace {

// Escapes for XML text and attributes; drops what XML 1.0 cannot carry (control characters,
// invalid UTF-8 -> U+FFFD).
std::string xml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80U) {
      const std::size_t n = utf8::sequence_length(s, i);
      const std::string_view seq = s.substr(i, n);
      out += (n == 1 || utf8::first_invalid(seq)) ? std::string_view("\xEF\xBF\xBD") : seq;
      i += n;
      continue;
    }
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&apos;";
      break;
    case '\t':
    case '\n':
    case '\r':
      out += static_cast<char>(c);
      break;
    default:
      if (c < 0x20U || c == 0x7FU) {
        out += "\xEF\xBF\xBD";
      } else {
        out += static_cast<char>(c);
      }
    }
    ++i;
  }
  return out;
}

struct Case {
  std::vector<const Finding*> failing;
  std::vector<const Finding*> passing; // findings below the threshold
};

std::string line_for(const Locator& loc, const Finding& f) {
  const Position p = loc.position(f);
  std::string where = p.file;
  if (p.has_lines) {
    where += fmt::format(":{}:{}", p.line, p.column);
  }
  return fmt::format("{}: {}: {} [{}]\n", where, to_string(f.severity), f.message, f.rule);
}

} // namespace

void write_junit(const Context& ctx, std::ostream& os, std::size_t chunk) {
  const Locator loc(ctx.inputs);
  // Every table is a testcase of every category; other findings add their own testcases.
  std::vector<std::string> tables;
  for (const auto& t : ctx.catalog.tables()) {
    if (t->is_table()) {
      tables.push_back(t->schema + "." + t->name);
    }
  }
  std::map<Category, std::map<std::string, Case>> suites;
  std::vector<Category> categories(std::begin(kAllCategories), std::end(kAllCategories));
  for (const Category c : categories) {
    for (const std::string& t : tables) {
      suites[c][t];
    }
  }
  for (const Finding& f : ctx.findings) {
    std::string name;
    if (!f.object.table.empty()) {
      name = (f.object.schema.empty() ? std::string("public") : f.object.schema.string()) + "." +
             f.object.table;
    } else if (!f.object.empty()) {
      name = f.object.display();
    } else {
      name = loc.position(f).file;
    }
    if (std::find(categories.begin(), categories.end(), f.category) == categories.end()) {
      categories.push_back(f.category); // meta findings: a suite only when there are some
    }
    Case& c = suites[f.category][name];
    (ctx.fail_on && f.severity >= *ctx.fail_on ? c.failing : c.passing).push_back(&f);
  }

  // The totals head the document: counted before anything is written.
  auto failures_of = [](const std::map<std::string, Case>& cases) {
    std::size_t n = 0;
    for (const auto& entry : cases) {
      n += entry.second.failing.empty() ? 0U : 1U;
    }
    return n;
  };
  std::size_t total_tests = 0;
  std::size_t total_failures = 0;
  for (const Category cat : categories) {
    total_tests += suites[cat].size();
    total_failures += failures_of(suites[cat]);
  }
  Sink sink(os, chunk);
  std::string& out = sink.buf();
  fmt::format_to(std::back_inserter(out),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ddlint\" "
                 "tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
                 total_tests, total_failures);
  for (const Category cat : categories) {
    const auto& cases = suites[cat];
    fmt::format_to(std::back_inserter(out),
                   "  <testsuite name=\"ddlint.{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
                   "skipped=\"0\">\n",
                   to_string(cat), cases.size(), failures_of(cases));
    const std::string classname = std::string("ddlint.") + to_string(cat);
    for (const auto& [name, c] : cases) {
      fmt::format_to(std::back_inserter(out), "    <testcase name=\"{}\" classname=\"{}\"",
                     xml(name), classname);
      if (c.failing.empty() && c.passing.empty()) {
        out += "/>\n";
        sink.flush_if_full();
        continue;
      }
      out += ">\n";
      if (!c.failing.empty()) {
        std::vector<std::string> ids;
        std::string text;
        for (const Finding* f : c.failing) {
          if (std::find(ids.begin(), ids.end(), f->rule) == ids.end()) {
            ids.emplace_back(f->rule);
          }
          text += line_for(loc, *f);
        }
        const std::string message = c.failing.size() == 1
                                        ? c.failing.front()->message.str()
                                        : fmt::format("{} findings, first: {}", c.failing.size(),
                                                      c.failing.front()->message);
        std::string type;
        for (const std::string& id : ids) {
          type += (type.empty() ? "" : ",") + id;
        }
        fmt::format_to(std::back_inserter(out),
                       "      <failure message=\"{}\" type=\"{}\">{}</failure>\n", xml(message),
                       xml(type), xml(text));
      }
      if (!c.passing.empty()) {
        std::string text;
        for (const Finding* f : c.passing) {
          text += line_for(loc, *f);
        }
        fmt::format_to(std::back_inserter(out), "      <system-out>{}</system-out>\n", xml(text));
      }
      out += "    </testcase>\n";
      sink.flush_if_full();
    }
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  sink.flush();
}

} // namespace ddlint::report
