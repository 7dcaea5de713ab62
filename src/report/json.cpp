// The JSON report of SPEC section 7 (schemas/report.schema.json); field names are a contract.
#include "report/json_writer.h"
#include "report/location.h"
#include "report/reporter.h"
#include "report/sink.h"

#include <nlohmann/json.hpp>

#include <array>
#include <map>

namespace ddlint::report {

namespace {

// One finding at depth 2 of the report, as dump(2) of the whole document would print it.
void append_finding(std::string& out, const Finding& f, const Locator& loc, Sink& sink) {
  const Position p = loc.position(f);
  out += "    ";
  json_out::Writer w(out, 2);
  w.open();
  w.member("rule", f.rule);
  w.member("category", to_string(f.category));
  w.member("severity", to_string(f.severity));
  w.member("message", f.message);
  w.key("location");
  w.open();
  w.member("file", p.file);
  if (p.has_lines) {
    w.member("line", p.line);
    w.member("column", p.column);
    w.member("end_line", p.end_line);
    w.member("end_column", p.end_column);
  }
  w.close();
  // The same members, in the same order, as object_json() (SARIF uses that one).
  const ObjectRef& o = f.object;
  w.key("object");
  w.open();
  auto put = [&](std::string_view k, std::string_view v) {
    if (!v.empty()) {
      w.member(k, v);
    }
  };
  put("schema", o.schema);
  put("table", o.table);
  put("column", o.column);
  if (o.columns.size() > 1) {
    w.member("columns", o.columns);
  }
  put("constraint", o.constraint);
  put("index", o.index);
  put("policy", o.policy);
  put("type", o.type);
  put("function", o.function);
  w.close();
  if (!f.fix.empty()) {
    // A fix may be megabytes (enum-type rewrites every column that uses the type): written out
    // in slices rather than held escaped in the buffer at once.
    w.key("fix");
    json_out::append_string(out, *f.fix, sink.chunk(), [&sink] { sink.flush_if_full(); });
  }
  w.member("fingerprint", f.fingerprint);
  w.close();
}

} // namespace

// The findings are written one at a time rather than as one document, and go to the stream a chunk
// at a time: with hundreds of thousands of findings a DOM of them all costs several times the
// output, and the output itself tens of megabytes (issue 9's memory target). The layout is that
// of ordered_json::dump(2) of the whole report.
void write_json(const Context& ctx, std::ostream& os, std::size_t chunk) {
  using json = nlohmann::ordered_json;
  const Locator loc(ctx.inputs);
  json root;
  root["version"] = 1;
  root["tool"] = {{"name", "ddlint"}, {"version", DDLINT_VERSION}};
  std::map<std::string, std::size_t> by_rule;
  std::array<std::size_t, 3> by_sev{0, 0, 0};
  for (const Finding& f : ctx.findings) {
    ++by_rule[f.rule.string()];
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
  Sink sink(os, chunk);
  std::string& out = sink.buf();
  out += root.dump(2);
  out.pop_back(); // the closing brace; the findings array comes last
  while (!out.empty() && out.back() == '\n') {
    out.pop_back();
  }
  if (ctx.findings.empty()) {
    out += ",\n  \"findings\": []\n}\n";
    sink.flush();
    return;
  }
  out += ",\n  \"findings\": [\n";
  bool first = true;
  for (const Finding& f : ctx.findings) {
    if (!first) {
      out += ",\n";
    }
    first = false;
    append_finding(out, f, loc, sink);
    sink.flush_if_full();
  }
  out += "\n  ]\n}\n";
  sink.flush();
}

} // namespace ddlint::report
