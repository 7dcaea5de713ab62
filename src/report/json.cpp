// The JSON report of SPEC section 7 (schemas/report.schema.json); field names are a contract.
#include "report/location.h"
#include "report/object_json.h"
#include "report/reporter.h"

#include <nlohmann/json.hpp>

#include <map>

namespace ddlint::report {

std::string render_json(const Context& ctx) {
  using json = nlohmann::ordered_json;
  const Locator loc(ctx.inputs);
  json root;
  root["version"] = 1;
  root["tool"] = {{"name", "ddlint"}, {"version", DDLINT_VERSION}};
  std::map<std::string, std::size_t> by_rule;
  std::size_t by_sev[3] = {0, 0, 0};
  json findings = json::array();
  for (const Finding& f : ctx.findings) {
    ++by_rule[f.rule];
    ++by_sev[static_cast<std::size_t>(f.severity)];
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
    findings.push_back(std::move(j));
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
  root["findings"] = std::move(findings);
  return root.dump(2) + "\n";
}

} // namespace ddlint::report
