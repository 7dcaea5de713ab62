// The JSON report of SPEC section 7 (schemas/report.schema.json); field names are a contract.
#include "base/utf8.h"
#include "report/location.h"
#include "report/reporter.h"

#include <nlohmann/json.hpp>

#include <array>
#include <map>

namespace ddlint::report {

namespace {

// A JSON string literal, byte for byte as nlohmann's dump() writes it (UTF-8 kept, control
// characters escaped, \u00XX in lowercase hex); invalid UTF-8 becomes U+FFFD rather than an error.
void append_string(std::string& out, std::string_view s) {
  out += '"';
  while (!s.empty()) {
    const auto bad = utf8::first_invalid(s);
    const std::string_view good = s.substr(0, bad.value_or(s.size()));
    for (const char ch : good) {
      const auto c = static_cast<unsigned char>(ch);
      switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          static constexpr std::string_view kHex = "0123456789abcdef";
          out += "\\u00";
          out += kHex[c >> 4U];
          out += kHex[c & 0xFU];
        } else {
          out += ch;
        }
      }
    }
    if (!bad) {
      break;
    }
    out += "\xEF\xBF\xBD";
    s.remove_prefix(*bad + 1);
  }
  out += '"';
}

// Writes objects with ordered_json::dump(2)'s layout: `"key": value` members, two spaces per
// level, `{}` for an empty object.
class Writer {
public:
  Writer(std::string& out, std::size_t depth) : out_(out), depth_(depth) {}

  void open() {
    out_ += '{';
    ++depth_;
    first_ = true;
  }
  void close() {
    --depth_;
    if (!first_) {
      newline();
    }
    out_ += '}';
    first_ = false;
  }
  void key(std::string_view k) {
    if (!first_) {
      out_ += ',';
    }
    first_ = false;
    newline();
    append_string(out_, k);
    out_ += ": ";
  }
  void member(std::string_view k, std::string_view v) {
    key(k);
    append_string(out_, v);
  }
  void member(std::string_view k, std::uint32_t v) {
    key(k);
    out_ += std::to_string(v);
  }
  void member(std::string_view k, const std::vector<std::string>& v) {
    key(k);
    if (v.empty()) {
      out_ += "[]";
      return;
    }
    out_ += '[';
    ++depth_;
    for (std::size_t i = 0; i < v.size(); ++i) {
      out_ += i == 0 ? "" : ",";
      newline();
      append_string(out_, v[i]);
    }
    --depth_;
    newline();
    out_ += ']';
  }

private:
  void newline() {
    out_ += '\n';
    out_.append(depth_ * 2, ' ');
  }
  std::string& out_;
  std::size_t depth_;
  bool first_ = true;
};

// One finding at depth 2 of the report, as dump(2) of the whole document would print it.
void append_finding(std::string& out, const Finding& f, const Locator& loc) {
  const Position p = loc.position(f);
  out += "    ";
  Writer w(out, 2);
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
  auto put = [&](std::string_view k, const std::string& v) {
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
    w.member("fix", f.fix);
  }
  w.member("fingerprint", f.fingerprint);
  w.close();
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
  std::array<std::size_t, 3> by_sev{0, 0, 0};
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
