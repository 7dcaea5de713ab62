// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers). tool.driver.rules[] comes
// from the rule metadata and the embedded doc pages: shortDescription = summary, fullDescription
// = the page's "Why this is a problem" section, help = the page, helpUri = its URL.
// partialFingerprints carry ddlint's fingerprint, so that alerts survive edits above them.
// Columns are UTF-16 code units (columnKind), which is what GitHub's viewers count.
#include "base/embedded.h"
#include "base/line_index.h"
#include "report/json_writer.h"
#include "report/location.h"
#include "report/object_json.h"
#include "report/reporter.h"
#include "report/sink.h"
#include "rules/registry.h"

#include <nlohmann/json.hpp>

#include <cassert>
#include <map>

namespace ddlint::report {
namespace {

using ojson = nlohmann::ordered_json;

const char* level(Severity s) {
  switch (s) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Info:
    return "note";
  }
  return "warning";
}

// Percent-encodes what RFC 3986 does not allow unescaped in a path.
std::string uri_path(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '.' || c == '_' || c == '~' || c == '/' || c == '!' ||
                       c == '$' || c == '&' || c == '\'' || c == '(' || c == ')' || c == '*' ||
                       c == '+' || c == ',' || c == ';' || c == '=' || c == ':' || c == '@';
    if (plain) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4U];
      out += kHex[c & 15U];
    }
  }
  return out;
}

// Relative paths stay relative (resolved against the checkout by code scanning); absolute ones
// become file:// URIs. A relative path whose first segment holds ':' would read as a scheme.
std::string artifact_uri(std::string_view path) {
  if (path.starts_with('/')) {
    return "file://" + uri_path(path);
  }
  std::string u = uri_path(path);
  const auto colon = u.find(':');
  if (colon != std::string::npos && colon < u.find('/')) {
    u = "./" + u;
  }
  return u;
}

// The text of a "## Heading" section of a doc page, without the heading; "" when absent.
std::string section(std::string_view page, std::string_view heading) {
  const std::string marker = "\n## " + std::string(heading) + "\n";
  const auto at = page.find(marker);
  if (at == std::string_view::npos) {
    return {};
  }
  const auto body = at + marker.size();
  const auto next = page.find("\n## ", body);
  std::string_view s =
      page.substr(body, next == std::string_view::npos ? page.size() - body : next - body);
  while (!s.empty() && (s.front() == '\n' || s.front() == ' ')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

// Markdown paragraphs as plain text: lines joined, paragraphs kept apart.
std::string unwrap(std::string_view md) {
  std::string out;
  for (std::size_t i = 0; i < md.size(); ++i) {
    if (md[i] == '\n') {
      if (i + 1 < md.size() && md[i + 1] == '\n') {
        out += "\n\n";
        while (i + 1 < md.size() && md[i + 1] == '\n') {
          ++i;
        }
      } else {
        out += ' ';
      }
    } else {
      out += md[i];
    }
  }
  return out;
}

// The page without its generated-header comments (they mean nothing to a reader of an alert).
std::string help_markdown(std::string_view page) {
  std::string out;
  std::size_t i = 0;
  while (i < page.size()) {
    std::size_t e = page.find('\n', i);
    e = e == std::string_view::npos ? page.size() : e + 1;
    const std::string_view line = page.substr(i, e - i);
    if (!line.starts_with("<!-- ")) {
      out += line;
    }
    i = e;
  }
  return out;
}

// "fk-missing-index" -> "FkMissingIndex": SARIF's friendly rule name.
std::string pascal_case(std::string_view id) {
  std::string out;
  bool upper = true;
  for (const char c : id) {
    if (c == '-') {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return out;
}

ojson rule_descriptor(const rules::RuleMeta& m, const Config& config) {
  ojson r;
  r["id"] = m.id;
  r["name"] = pascal_case(m.id);
  r["shortDescription"] = {{"text", m.summary}};
  const auto page = embedded::find("docs/rules/" + std::string(m.id) + ".md");
  if (page) {
    const std::string why = section(*page, "Why this is a problem");
    if (!why.empty()) {
      r["fullDescription"] = {{"text", unwrap(why)}, {"markdown", why}};
    }
  }
  r["helpUri"] = rule_doc_url(m.id);
  if (page) {
    r["help"] = {{"text", unwrap(section(*page, "How to fix")) + "\n\nSee " + rule_doc_url(m.id)},
                 {"markdown", help_markdown(*page)}};
  }
  r["defaultConfiguration"] = {
      {"enabled", config.enabled(m.id)},
      {"level", level(config.enabled(m.id) ? config.severity(m.id) : m.default_severity)}};
  r["properties"] = {{"category", to_string(m.category)},
                     {"tags", ojson::array({"postgresql", to_string(m.category)})},
                     {"fix", rules::to_string(m.fix)}};
  return r;
}

// SARIF logical location kinds for ddlint objects.
ojson logical_location(const ObjectRef& o) {
  std::string kind = "object";
  if (!o.function.empty()) {
    kind = "function";
  } else if (!o.type.empty()) {
    kind = "type";
  } else if (!o.column.empty()) {
    kind = "member";
  } else if (!o.table.empty()) {
    kind = "table";
  } else if (!o.schema.empty()) {
    kind = "namespace";
  }
  return {{"fullyQualifiedName", o.display()}, {"kind", kind}};
}

// Regions longer than this carry no snippet (a whole CREATE TABLE is not a useful one).
constexpr std::size_t kMaxSnippet = 2000;

class Regions {
public:
  explicit Regions(const Context& ctx) : ctx_(ctx), locator_(ctx.inputs) {}

  // A physicalLocation for `ref`, or null for live-database / unknown locations.
  ojson physical(const SourceRef& ref) const {
    if (!ref.valid() || ref.from_db() || ref.file >= ctx_.inputs.files.size()) {
      return nullptr;
    }
    const LineIndex* idx = locator_.index(ref.file);
    const LineCol b = idx->at(ref.begin);
    const LineCol e = idx->at(ref.end);
    ojson region;
    region["startLine"] = b.line;
    region["startColumn"] = idx->utf16_column(ref.begin);
    region["endLine"] = e.line;
    region["endColumn"] = idx->utf16_column(ref.end);
    const std::string_view content = ctx_.inputs.files[ref.file].content;
    if (ref.end >= ref.begin && ref.end <= content.size() && ref.end - ref.begin <= kMaxSnippet) {
      region["snippet"] = {{"text", content.substr(ref.begin, ref.end - ref.begin)}};
    }
    return {{"artifactLocation", {{"uri", artifact_uri(locator_.path(ref.file))}}},
            {"region", std::move(region)}};
  }

  std::size_t file_size(std::uint32_t file) const {
    return file < ctx_.inputs.files.size() ? ctx_.inputs.files[file].content.size() : 0;
  }

  std::string_view path(std::uint32_t file) const { return locator_.path(file); }

private:
  const Context& ctx_;
  Locator locator_;
};

using RuleIndex = std::map<std::string, std::size_t, std::less<>>;

// One element of run.results.
ojson result(const Finding& f, const Regions& regions, const RuleIndex& rule_index) {
  ojson res;
  res["ruleId"] = f.rule;
  if (const auto it = rule_index.find(f.rule); it != rule_index.end()) {
    res["ruleIndex"] = it->second;
  }
  res["level"] = level(f.severity);
  res["message"] = {{"text", f.message}};
  ojson location = ojson::object();
  if (ojson phys = regions.physical(f.loc); !phys.is_null()) {
    location["physicalLocation"] = std::move(phys);
  }
  if (!f.object.empty()) {
    location["logicalLocations"] = ojson::array({logical_location(f.object)});
  }
  if (!location.empty()) {
    res["locations"] = ojson::array({std::move(location)});
  }
  ojson related = ojson::array();
  for (const SourceRef& r : f.related) {
    if (ojson phys = regions.physical(r); !phys.is_null()) {
      related.push_back({{"id", related.size() + 1},
                         {"physicalLocation", std::move(phys)},
                         {"message", {{"text", "related statement"}}}});
    }
  }
  if (!related.empty()) {
    res["relatedLocations"] = std::move(related);
  }
  res["partialFingerprints"] = {{"ddlintFingerprint/v1", f.fingerprint}};
  if (!f.fix.empty() && f.loc.valid() && !f.loc.from_db()) {
    // ddlint's fixes are SQL for a new migration; expressed as an insertion at the end of the
    // file that holds the finding (what `ddlint fix` collects into one migration).
    ojson replacement = {
        {"deletedRegion", {{"byteOffset", regions.file_size(f.loc.file)}, {"byteLength", 0}}},
        {"insertedContent", {{"text", "\n" + *f.fix + "\n"}}}};
    ojson change = {{"artifactLocation", {{"uri", artifact_uri(regions.path(f.loc.file))}}},
                    {"replacements", ojson::array({std::move(replacement)})}};
    res["fixes"] =
        ojson::array({{{"description", {{"text", "append to a new migration: " + *f.fix}}},
                       {"artifactChanges", ojson::array({std::move(change)})}}});
  }
  res["properties"] = {{"category", to_string(f.category)}, {"object", object_json(f.object)}};
  return res;
}

} // namespace

// run.results comes last in the document and is written one result at a time, each as dump(2)
// would print it inside the whole document: the results of a large schema are tens of megabytes
// of JSON (issue 9).
void write_sarif(const Context& ctx, std::ostream& os, std::size_t chunk) {
  const Regions regions(ctx);
  ojson driver;
  driver["name"] = "ddlint";
  driver["version"] = DDLINT_VERSION;
  driver["semanticVersion"] = DDLINT_VERSION;
  driver["informationUri"] = "https://github.com/ddlint/ddlint";
  ojson rules = ojson::array();
  RuleIndex rule_index;
  for (const rules::Rule* r : rules::all()) {
    rule_index[std::string(r->meta().id)] = rules.size();
    rules.push_back(rule_descriptor(r->meta(), ctx.config));
  }
  driver["rules"] = std::move(rules);

  ojson notifications = ojson::array();
  for (const std::string& n : ctx.notes) {
    notifications.push_back({{"level", "note"}, {"message", {{"text", n}}}});
  }
  ojson invocation = {{"executionSuccessful", true}};
  if (!notifications.empty()) {
    invocation["toolExecutionNotifications"] = std::move(notifications);
  }
  if (ctx.baseline_used) {
    invocation["properties"] = {{"baselined", ctx.baselined},
                                {"baseline_stale", ctx.baseline_stale}};
  }

  ojson run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["invocations"] = ojson::array({std::move(invocation)});
  run["columnKind"] = "utf16CodeUnits";
  ojson root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = ojson::array({std::move(run)});
  Sink sink(os, chunk);
  std::string& out = sink.buf();
  out += root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  // The closing of the run, of runs and of the document: results is the run's last member.
  constexpr std::string_view kTail = "\n    }\n  ]\n}";
  assert(std::string_view(out).ends_with(kTail));
  out.resize(out.size() - kTail.size());
  out += ",\n      \"results\": [";
  bool first = true;
  for (const Finding& f : ctx.findings) {
    out += first ? "\n        " : ",\n        ";
    first = false;
    json_out::append_value(out, result(f, regions, rule_index), 4);
    sink.flush_if_full();
  }
  out += first ? "]" : "\n      ]";
  out += kTail;
  out += '\n';
  sink.flush();
}

} // namespace ddlint::report
