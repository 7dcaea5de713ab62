// The JSON report of SPEC section 7 (schemas/report.schema.json); field names are a contract.
#include "report/location.h"
#include "report/object_json.h"
#include "report/reporter.h"

#include <nlohmann/json.hpp>

#include <map>

namespace ddlint::report {

namespace {

// One finding as the DOM would print it at depth 2 of the report (dump(2), indented by 4).
void append_finding(std::string& out, const Finding& f, const Locator& loc) {
  using json = nlohmann::ordered_json;
  const Position p = loc.position(f);
  json location = {{"file", p.file}};
  if (p.has_lines) {
    location["line"] = p.line;
    location["column"] = p.column;
    location["end_line"] = p.end_line;
    location["end_column"] = p.end_column;
  }
  json j;
  j["rule"] = f.rule;
  j["category"] = to_string(f.category);
  j["severity"] = to_string(f.severity);
  j["message"] = f.message;
  j["location"] = std::move(location);
  j["object"] = object_json(f.object);
  if (!f.fix.empty()) {
    j["fix"] = f.fix;
  }
  j["fingerprint"] = f.fingerprint;
  const std::string text = j.dump(2);
  out += "    ";
  for (const char c : text) {
    out += c;
    if (c == '\n') {
      out += "    "; // JSON strings never hold a raw newline: this is layout only
    }
  }
}

} // namespace

// The findings are written one at a time rather than as one document: with hundreds of thousands
// of findings a DOM of them all costs several times the output (issue 9's memory target). The
// bytes are those of ordered_json::dump(2) of the whole report.
std::string render_json(const Context& ctx) {
  using json = nlohmann::ordered_json;
  const Locator loc(ctx.inputs);
  json root;
  root["version"] = 1;
  root["tool"] = {{"name", "ddlint"}, {"version", DDLINT_VERSION}};
  std::map<std::string, std::size_t> by_rule;
  std::size_t by_sev[3] = {0, 0, 0};
  for (const Finding& f : ctx.findings) {
    ++by_rule[f.rule];
    ++by_sev[static_cast<std::size_t>(f.severity)];
  }
  std::uint32_t statements = 0;
  for (const FileInput& fi : ctx.inputs.files) {
    statements += fi.statements;
  }
  std::size_t tables = 0;
  for (const auto& t : ctx.catalog.tables()) {
    tables += t->is_table() ? 1U : 0U;
  }
  json summary;
  summary["files"] = ctx.inputs.files.size();
  summary["statements"] = statements;
  summary["tables"] = tables;
  summary["findings"] = ctx.findings.size();
  if (ctx.baseline_used) {
    summary["baselined"] = ctx.baselined;
    summary["baseline_stale"] = ctx.baseline_stale;
  }
  summary["by_severity"] = {{"error", by_sev[2]}, {"warning", by_sev[1]}, {"info", by_sev[0]}};
  json br = json::object();
  for (const auto& [rule, n] : by_rule) {
    br[rule] = n;
  }
  summary["by_rule"] = std::move(br);
  root["summary"] = std::move(summary);
  std::string out = root.dump(2);
  out.pop_back(); // the closing brace; the findings array comes last
  while (!out.empty() && out.back() == '\n') {
    out.pop_back();
  }
  if (ctx.findings.empty()) {
    out += ",\n  \"findings\": []\n}\n";
    return out;
  }
  out.reserve(out.size() + ctx.findings.size() * 640);
  out += ",\n  \"findings\": [\n";
  bool first = true;
  for (const Finding& f : ctx.findings) {
    if (!first) {
      out += ",\n";
    }
    first = false;
    append_finding(out, f, loc);
  }
  out += "\n  ]\n}\n";
  return out;
}

} // namespace ddlint::report
