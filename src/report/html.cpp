// The architects' compliance report as ONE self-contained HTML file: inline CSS, inline SVG (the
// ER diagram, laid out by Graphviz), a small inline script for sorting and filtering the matrix,
// and a Content-Security-Policy that forbids every fetch, so the page works offline and cannot
// call anywhere. Every name and message is escaped (identifiers can hold anything).
#include "report/compliance.h"
#include "report/erd.h"
#include "report/escape.h"
#include "report/location.h"
#include "report/reporter.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>

namespace ddlint::report {
namespace {

using esc::html;

// Above this many tables the per-table sections start closed (the page stays light to open).
constexpr std::size_t kOpenSectionsUpTo = 30;

constexpr std::string_view kStyle = R"css(
:root{--err:#c5221f;--err-bg:#fce8e6;--warn:#b06000;--warn-bg:#fef7e0;--info:#1967d2;
--info-bg:#e8f0fe;--ok:#137333;--ok-bg:#e6f4ea;--na:#5f6368;--na-bg:#f1f3f4;--line:#dadce0}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
margin:0;color:#202124;background:#fff}
header,main,footer{max-width:1280px;margin:0 auto;padding:0 24px}
header{padding-top:16px}
h1{font-size:24px;margin:8px 0}
h2{font-size:19px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:16px;margin:16px 0 6px}
nav{margin:8px 0;display:flex;gap:14px;flex-wrap:wrap}
a{color:#1a5fb4}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
pre{background:#f8f9fa;border:1px solid var(--line);padding:8px;overflow:auto;margin:4px 0}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0}
dl.meta dt{font-weight:600;color:#3c4043}
dl.meta dd{margin:0}
table{border-collapse:collapse;margin:6px 0}
th,td{border:1px solid var(--line);padding:3px 7px;text-align:left;vertical-align:top}
thead th{background:#f8f9fa}
.matrix-wrap thead th{position:sticky;top:0;z-index:1}
td.num,th.num{text-align:right}
.badge{display:inline-block;padding:0 6px;border-radius:8px;font-size:12px;font-weight:600;
white-space:nowrap}
.sev-error{background:var(--err-bg);color:var(--err)}
.sev-warning{background:var(--warn-bg);color:var(--warn)}
.sev-info{background:var(--info-bg);color:var(--info)}
.st-pass{background:var(--ok-bg);color:var(--ok)}
.st-fail{background:var(--err-bg);color:var(--err)}
.st-not-checked{background:var(--na-bg);color:var(--na)}
.bar{display:block}
#matrix-table td.cell{text-align:center;width:6.5em}
#matrix-table tbody th{max-width:380px;overflow-wrap:anywhere;font-weight:normal}
td.clean{background:var(--ok-bg);color:var(--ok)}
td.na{background:var(--na-bg);color:var(--na)}
#matrix-table th button{all:unset;cursor:pointer;font-weight:600;white-space:nowrap}
#matrix-table th button::after{content:" \2195";color:#9aa0a6}
#matrix-filter{padding:5px 8px;width:320px;max-width:100%;border:1px solid #9aa0a6;border-radius:4px}
.matrix-wrap{max-height:70vh;overflow:auto;border:1px solid var(--line)}
.matrix-wrap table{margin:0}
figure.erd{margin:12px 0;border:1px solid var(--line)}
figure.erd figcaption{background:#f8f9fa;padding:4px 8px;font-weight:600}
.erd-scroll{overflow:auto;max-height:80vh}
.erd-scroll svg{display:block}
svg .node.has-errors polygon{stroke-width:2}
details.table-section{border:1px solid var(--line);margin:8px 0;padding:0 10px}
details.table-section>summary{cursor:pointer;padding:6px 0;font-weight:600}
details.table-section[open]>summary{border-bottom:1px solid var(--line);margin-bottom:6px}
.finding{border-left:4px solid var(--line);padding:4px 10px;margin:8px 0}
.finding.error{border-color:var(--err)}
.finding.warning{border-color:var(--warn)}
.finding.info{border-color:var(--info)}
.finding:target{background:#fff8c5}
.muted{color:var(--na)}
ul.evidence{margin:4px 0;padding-left:18px}
footer{margin:32px auto;color:var(--na);font-size:12px}
)css";

// Sorting (click a matrix header) and filtering (the text box); nothing else runs. Fragment links
// into a closed <details> open it first.
constexpr std::string_view kScript = R"js(
(function(){
'use strict';
var table=document.getElementById('matrix-table');
if(table){
var body=table.tBodies[0];
var filter=document.getElementById('matrix-filter');
var count=document.getElementById('matrix-count');
var update=function(){
var q=filter.value.trim().toLowerCase(),shown=0;
for(var i=0;i<body.rows.length;i++){
var r=body.rows[i],hide=q!==''&&r.getAttribute('data-name').toLowerCase().indexOf(q)<0;
r.hidden=hide;if(!hide){shown++;}}
count.textContent=shown+' of '+body.rows.length+' tables';};
filter.addEventListener('input',update);
var heads=table.tHead.rows[0].cells;
for(var c=0;c<heads.length;c++){(function(col){
var b=heads[col].querySelector('button');if(!b){return;}
b.addEventListener('click',function(){
var cur=heads[col].getAttribute('aria-sort');
var desc=cur==='ascending'||(cur===null&&col!==0);
for(var k=0;k<heads.length;k++){heads[k].removeAttribute('aria-sort');}
heads[col].setAttribute('aria-sort',desc?'descending':'ascending');
var rows=Array.prototype.slice.call(body.rows);
rows.sort(function(x,y){
var a=x.cells[col].getAttribute('data-v'),z=y.cells[col].getAttribute('data-v');
var r=col===0?a.localeCompare(z):Number(a)-Number(z);
if(desc){r=-r;}
if(r===0){r=Number(x.getAttribute('data-rank'))-Number(y.getAttribute('data-rank'));}
return r;});
var f=document.createDocumentFragment();rows.forEach(function(r){f.appendChild(r);});
body.appendChild(f);});})(c);}
update();}
var reveal=function(){
var id=decodeURIComponent(location.hash.slice(1));if(!id){return;}
var el=document.getElementById(id);
for(var p=el;p;p=p.parentElement){if(p.tagName==='DETAILS'){p.open=true;}}
if(el){el.scrollIntoView();}};
window.addEventListener('hashchange',reveal);reveal();
})();
)js";

const char* sev_class(Severity s) {
  switch (s) {
  case Severity::Error:
    return "sev-error";
  case Severity::Warning:
    return "sev-warning";
  case Severity::Info:
    return "sev-info";
  }
  return "sev-info";
}

const char* status_class(ItemStatus s) {
  switch (s) {
  case ItemStatus::Pass:
    return "st-pass";
  case ItemStatus::Fail:
    return "st-fail";
  case ItemStatus::NotChecked:
    return "st-not-checked";
  }
  return "st-not-checked";
}

std::string plural(std::size_t n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string counts_badges(const SeverityCounts& c) {
  std::string out;
  if (c.errors() > 0) {
    out += fmt::format(" <span class=\"badge sev-error\">{}</span>", plural(c.errors(), "error"));
  }
  if (c.warnings() > 0) {
    out += fmt::format(" <span class=\"badge sev-warning\">{}</span>",
                       plural(c.warnings(), "warning"));
  }
  if (c.infos() > 0) {
    out += fmt::format(" <span class=\"badge sev-info\">{} info</span>", c.infos());
  }
  return out;
}

std::string location_text(const Locator& loc, const Finding& f) {
  const Position p = loc.position(f);
  return p.has_lines ? fmt::format("{}:{}:{}", p.file, p.line, p.column) : p.file;
}

class HtmlWriter {
public:
  HtmlWriter(const Context& ctx) : ctx_(ctx), c_(build_compliance(ctx)), loc_(ctx.inputs) {}

  std::string render() {
    out_.reserve(64U * 1024U + ctx_.findings.size() * 600U + c_.tables.size() * 3000U);
    head();
    summary();
    scores();
    checklist();
    matrix();
    diagram();
    tables();
    others();
    out_ += "</main>\n<footer>Generated by ddlint ";
    out_ += html(DDLINT_VERSION);
    out_ += ". Rule documentation links point to the ddlint repository.</footer>\n<script>";
    out_ += kScript;
    out_ += "</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

private:
  void head() {
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += fmt::format("<meta name=\"generator\" content=\"ddlint {}\">\n", html(DDLINT_VERSION));
    out_ += "<title>ddlint compliance report</title>\n<style>";
    out_ += kStyle;
    out_ += "</style>\n</head>\n<body>\n";
  }

  void summary() {
    const RunSummary s = run_summary(ctx_, c_);
    out_ += "<header id=\"summary\">\n<h1>Schema compliance report</h1>\n<dl class=\"meta\">\n";
    out_ += "<dt>Inputs</dt><dd>" + html(s.inputs);
    if (!s.files.empty()) {
      out_ += " <details><summary>list</summary><ol>";
      for (const std::string& f : s.files) {
        out_ += "<li><code>" + html(f) + "</code></li>";
      }
      out_ += "</ol></details>";
    }
    out_ += "</dd>\n";
    if (!ctx_.generated_at.empty()) {
      out_ += "<dt>Generated</dt><dd><time>" + html(ctx_.generated_at) + "</time></dd>\n";
    }
    out_ += "<dt>ddlint</dt><dd>" + html(DDLINT_VERSION) + "</dd>\n";
    out_ += "<dt>Configuration</dt><dd>" + html(s.config) + "</dd>\n";
    out_ += "<dt>Tenancy</dt><dd>" + html(s.tenancy) + "</dd>\n";
    out_ += fmt::format("<dt>Schema</dt><dd>{}{}{}, {}</dd>\n", plural(c_.scored_tables, "table"),
                        c_.partitions > 0 ? ", " + plural(c_.partitions, "partition") : "",
                        c_.views > 0 ? ", " + plural(c_.views, "view") : "",
                        plural(s.foreign_keys, "foreign key"));
    out_ += fmt::format("<dt>Findings</dt><dd>{}{}</dd>\n", s.findings.total(),
                        counts_badges(s.findings));
    out_ += fmt::format("<dt>Rules</dt><dd>{} ran <details><summary>list</summary><code>{}"
                        "</code></details></dd>\n",
                        c_.rules_run.size(), html(fmt::format("{}", fmt::join(c_.rules_run, " "))));
    out_ += "</dl>\n";
    if (!ctx_.notes.empty()) {
      out_ += "<ul class=\"notes\">";
      for (const std::string& n : ctx_.notes) {
        out_ += "<li>" + html(n) + "</li>";
      }
      out_ += "</ul>\n";
    }
    out_ += "<nav><a href=\"#scores\">Scores</a><a href=\"#checklist\">Normal-form "
            "checklist</a><a href=\"#matrix\">Compliance matrix</a><a href=\"#diagram\">ER "
            "diagram</a><a href=\"#tables\">Tables</a>";
    if (!c_.other_findings.empty()) {
      out_ += "<a href=\"#other\">Other findings</a>";
    }
    out_ += "</nav>\n</header>\n<main>\n";
  }

  void scores() {
    out_ += "<section id=\"scores\">\n<h2>Scores per category</h2>\n<p class=\"muted\">Share of "
            "the " +
            plural(c_.scored_tables, "table") +
            " (partitions and views excluded) without a finding of the category.</p>\n"
            "<table id=\"scores-table\"><thead><tr><th>category</th><th>score</th><th "
            "class=\"num\">%</th><th class=\"num\">clean tables</th><th class=\"num\">errors</th>"
            "<th class=\"num\">warnings</th><th class=\"num\">info</th></tr></thead><tbody>\n";
    for (const CategoryScore& s : c_.scores) {
      const double share = s.share();
      const char* colour = share >= 0.9 ? "#34a853" : (share >= 0.7 ? "#f9ab00" : "#d93025");
      out_ += fmt::format("<tr data-category=\"{}\"><th>{}</th>", to_string(s.category),
                          to_string(s.category));
      if (!s.checked) {
        out_ += "<td><span class=\"badge st-not-checked\">not checked</span></td><td "
                "class=\"num\">–</td><td class=\"num\">–</td><td class=\"num\">–</td><td "
                "class=\"num\">–</td><td class=\"num\">–</td></tr>\n";
        continue;
      }
      const double width = 240.0 * share;
      out_ += fmt::format(
          "<td><svg class=\"bar\" width=\"240\" height=\"14\" role=\"img\" aria-label=\"{:.0f}%\">"
          "<rect width=\"240\" height=\"14\" fill=\"#e8eaed\"/><rect width=\"{:.1f}\" "
          "height=\"14\" fill=\"{}\"/></svg></td><td class=\"num\">{:.0f}%</td><td "
          "class=\"num\">{} / {}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td "
          "class=\"num\">{}</td></tr>\n",
          share * 100.0, width, colour, share * 100.0, s.clean, s.tables, s.findings.errors(),
          s.findings.warnings(), s.findings.infos());
    }
    out_ += "</tbody></table>\n</section>\n";
  }

  void finding_link(std::uint32_t i) {
    const Finding& f = ctx_.findings[i];
    const std::int32_t t = c_.finding_table[i];
    const std::string where =
        t >= 0 ? display_name(*c_.tables[static_cast<std::size_t>(t)].table) : f.object.display();
    out_ += fmt::format("<li><a href=\"#{}\">{}</a> <span class=\"muted\">{}</span> {}</li>",
                        finding_anchor(i), html(where.empty() ? f.rule.str() : where),
                        html(location_text(loc_, f)), html(f.message));
  }

  void checklist() {
    out_ += "<section id=\"checklist\">\n<h2>Normal-form checklist</h2>\n<p class=\"muted\">An "
            "item passes when its rules ran and found nothing; it is <em>not checked</em> when "
            "one of its rules did not run (enable it in the configuration, or use the strict "
            "preset).</p>\n<table id=\"checklist-table\"><thead><tr><th>form</th><th>requirement"
            "</th><th>status</th><th>rules</th><th>evidence</th></tr></thead><tbody>\n";
    for (const ChecklistItem& item : c_.checklist) {
      out_ += fmt::format("<tr data-status=\"{}\"><td>{}</td><td>{}</td><td><span class=\"badge "
                          "{}\">{}</span></td><td>",
                          to_string(item.status), html(item.form), html(item.title),
                          status_class(item.status), to_string(item.status));
      for (const ChecklistRule& r : item.rules) {
        out_ += fmt::format("<div><a href=\"{}\"><code>{}</code></a> <span class=\"muted\">{}{}"
                            "</span></div>",
                            html(rule_doc_url(r.id)), html(r.id), to_string(r.category),
                            r.ran ? "" : ", " + html(r.why_not));
      }
      out_ += "</td><td>";
      if (item.evidence.empty()) {
        out_ += item.status == ItemStatus::Pass ? "no finding" : "–";
      } else {
        out_ += fmt::format("<details{}><summary>{}</summary><ul class=\"evidence\">",
                            item.evidence.size() <= 5 ? " open" : "",
                            plural(item.evidence.size(), "finding"));
        for (const std::uint32_t i : item.evidence) {
          finding_link(i);
        }
        out_ += "</ul></details>";
      }
      out_ += "</td></tr>\n";
    }
    out_ += "</tbody></table>\n</section>\n";
  }

  void matrix() {
    out_ += "<section id=\"matrix\">\n<h2>Compliance matrix</h2>\n<p class=\"muted\">Findings per "
            "table and category, worst tables first. Click a header to sort; type to filter.</p>\n"
            "<p><input id=\"matrix-filter\" type=\"search\" placeholder=\"Filter tables by name\" "
            "aria-label=\"Filter tables by name\"> <span id=\"matrix-count\" "
            "class=\"muted\"></span></p>\n<div class=\"matrix-wrap\"><table "
            "id=\"matrix-table\"><thead><tr><th><button type=\"button\">table</button></th><th "
            "class=\"num\"><button type=\"button\">findings</button></th>";
    for (const CategoryScore& s : c_.scores) {
      out_ += fmt::format("<th><button type=\"button\">{}</button></th>", to_string(s.category));
    }
    out_ += "</tr></thead><tbody>\n";
    auto weight = [](const SeverityCounts& c) {
      return static_cast<std::uint64_t>(c.errors()) * 1000000ULL +
             static_cast<std::uint64_t>(c.warnings()) * 1000ULL + c.infos();
    };
    std::size_t rank = 0;
    for (const std::uint32_t t : c_.matrix) {
      const TableEntry& e = c_.tables[t];
      const std::string name = display_name(*e.table);
      out_ +=
          fmt::format("<tr data-name=\"{0}\" data-rank=\"{1}\"><th data-v=\"{0}\"><a "
                      "href=\"#{2}\">{0}</a>{3}</th><td class=\"num\" data-v=\"{4}\">{5}</td>",
                      html(name), rank++, e.anchor,
                      e.scored ? ""
                               : fmt::format(" <span class=\"muted\">({})</span>",
                                             e.partition ? "partition" : to_string(e.table->kind)),
                      weight(e.total), e.total.total());
      for (std::size_t ci = 0; ci < kCategoryCount; ++ci) {
        const SeverityCounts& cell = e.cells[ci];
        if (cell.total() > 0) {
          out_ += fmt::format("<td class=\"cell {}\" data-v=\"{}\" title=\"{} error(s), {} "
                              "warning(s), {} info\">{}</td>",
                              sev_class(cell.worst()), weight(cell), cell.errors(), cell.warnings(),
                              cell.infos(), cell.total());
        } else if (c_.scores[ci].checked) {
          out_ += "<td class=\"cell clean\" data-v=\"0\">0</td>";
        } else {
          out_ += "<td class=\"cell na\" data-v=\"-1\" title=\"not checked\">–</td>";
        }
      }
      out_ += "</tr>\n";
    }
    out_ += "</tbody></table></div>\n</section>\n";
  }

  void diagram() {
    out_ += "<section id=\"diagram\">\n<h2>Entity-relationship diagram</h2>\n";
    const catalog::Catalog& cat = ctx_.catalog;
    const ErdPlan plan = plan_erd(c_, cat);
    out_ +=
        fmt::format("<p class=\"muted\">Tables with their primary-key (PK) and foreign-key (FK) "
                    "columns; an edge per foreign key, crow's foot at the referencing table. "
                    "Red: the table has errors; amber: warnings. Click a table for its "
                    "section.</p>\n");
    if (plan.split) {
      out_ += fmt::format(
          "<p class=\"note\" id=\"diagram-split\"><strong>The schema has {} tables, too many for "
          "one readable diagram: it is drawn as {} diagrams of at most {} tables</strong>, one per "
          "schema and connected group of tables; groups larger than that are cut into runs of "
          "tables sharing a name prefix. Foreign keys to a table drawn in another diagram end at "
          "a dashed stub naming that diagram.</p>\n",
          plan.drawn, plan.parts.size(), kMaxDiagramTables);
    }
    if (plan.parts.empty()) {
      out_ += "<p>No tables.</p>\n</section>\n";
      return;
    }
    std::string error;
    const std::vector<std::string> svgs = erd_svgs(plan, c_, &error);
    if (svgs.empty()) {
      out_ += "<p class=\"error\">The diagram could not be drawn: " + html(error) + "</p>\n";
    }
    for (std::size_t p = 0; p < svgs.size(); ++p) {
      const ErdPart& part = plan.parts[p];
      out_ += fmt::format("<figure class=\"erd\" id=\"erd-{}\" data-tables=\"{}\"><figcaption>"
                          "Diagram {}: {}</figcaption><div class=\"erd-scroll\">",
                          p + 1, part.tables.size(), p + 1, html(part.title));
      out_ += svgs[p];
      out_ += "</div></figure>\n";
    }
    out_ += "</section>\n";
  }

  void finding_block(std::uint32_t i) {
    const Finding& f = ctx_.findings[i];
    out_ += fmt::format("<div class=\"finding {}\" id=\"{}\"><span class=\"badge {}\">{}</span> "
                        "<a href=\"{}\"><code>{}</code></a> <code>{}</code><br>{}",
                        to_string(f.severity), finding_anchor(i), sev_class(f.severity),
                        to_string(f.severity), html(rule_doc_url(f.rule)), html(f.rule),
                        html(location_text(loc_, f)), html(f.message));
    if (!f.fix.empty()) {
      out_ += "<details><summary>fix</summary><pre><code>" + html(*f.fix, true) +
              "</code></pre></details>";
    }
    out_ += "</div>\n";
  }

  static std::string columns_text(const std::vector<std::string>& cols) {
    return fmt::format("{}", fmt::join(cols, ", "));
  }

  void table_section(const TableEntry& e, bool open) {
    const catalog::Table& t = *e.table;
    out_ += fmt::format("<details class=\"table-section\" id=\"{}\"{}><summary>{} <span "
                        "class=\"muted\">{}</span>{}</summary>\n",
                        e.anchor, open ? " open" : "", html(display_name(t)),
                        e.partition ? "partition" : to_string(t.kind), counts_badges(e.total));
    if (!t.rare->comment.empty()) {
      out_ += "<p>" + html(t.rare->comment) + "</p>\n";
    }
    if (t.rare->partition_of) {
      out_ += "<p>Partition of <code>" + html(t.rare->partition_of->str()) + "</code></p>\n";
    }
    if (e.partitions > 0) {
      out_ +=
          fmt::format("<p>{} by {} ({})</p>\n", plural(e.partitions, "partition"),
                      html(t.rare->partition_strategy), html(columns_text(t.rare->partition_keys)));
    }
    // Columns.
    const catalog::Constraint* pk = t.primary_key();
    out_ += "<h3>Columns</h3>\n<table class=\"columns\"><thead><tr><th>column</th><th>type</th>"
            "<th>null</th><th>default</th><th>key</th></tr></thead><tbody>\n";
    for (const catalog::Column& col : t.columns) {
      std::string key;
      if (pk != nullptr &&
          std::find(pk->columns.begin(), pk->columns.end(), col.name) != pk->columns.end()) {
        key += "PK ";
      }
      for (const catalog::Constraint& con : t.constraints) {
        if (con.kind == ConstraintKind::ForeignKey &&
            std::find(con.columns.begin(), con.columns.end(), col.name) != con.columns.end()) {
          key += "FK ";
          break;
        }
      }
      std::string def = col.has_default ? col.default_text.string() : "";
      if (col.identity != Identity::None) {
        def = col.identity == Identity::Always ? "identity (always)" : "identity (by default)";
      } else if (col.generated) {
        def = "generated";
      }
      out_ += fmt::format("<tr><td><code>{}</code></td><td><code>{}</code></td><td>{}</td><td>"
                          "<code>{}</code></td><td>{}</td></tr>\n",
                          html(col.name), html(col.type.display()), col.not_null ? "not null" : "",
                          html(def), html(key));
    }
    out_ += "</tbody></table>\n";
    // Constraints.
    if (!t.constraints.empty()) {
      out_ += "<h3>Keys and constraints</h3>\n<ul>\n";
      for (const catalog::Constraint& con : t.constraints) {
        std::string what;
        switch (con.kind) {
        case ConstraintKind::ForeignKey:
          what = fmt::format(
              "({}) → {} ({}), on delete {}", columns_text(con.columns),
              con.ref_resolved.name.empty() ? con.ref_table.str() : con.ref_resolved.str(),
              columns_text(con.ref_columns_resolved.empty() ? con.ref_columns
                                                            : con.ref_columns_resolved),
              ddlint::to_string(con.on_delete));
          break;
        case ConstraintKind::Check:
          what = "CHECK (" + con.expr_text() + ")";
          break;
        default:
          what = "(" + columns_text(con.columns) + ")";
        }
        out_ += fmt::format("<li>{} <code>{}</code> <code>{}</code>{}</li>\n",
                            ddlint::to_string(con.kind), html(con.name), html(what),
                            con.not_valid ? " <span class=\"muted\">not valid</span>" : "");
      }
      out_ += "</ul>\n";
    }
    // Indexes.
    if (!t.indexes.empty()) {
      out_ += "<h3>Indexes</h3>\n<ul>\n";
      for (const catalog::Index& idx : t.indexes) {
        std::vector<std::string> keys;
        for (const IndexKey& k : idx.keys) {
          keys.push_back(k.is_expression() ? "(" + k.expr_text() + ")" : k.column.string());
        }
        out_ += fmt::format(
            "<li><code>{}</code> {}{} ({}){}</li>\n", html(idx.name), idx.unique ? "unique " : "",
            html(idx.method), html(columns_text(keys)),
            idx.has_predicate ? " WHERE <code>" + html(idx.predicate_text()) + "</code>" : "");
      }
      out_ += "</ul>\n";
    }
    // Row-level security.
    if (t.is_table()) {
      out_ += "<h3>Row-level security</h3>\n<p>";
      out_ += t.rls_enabled ? (t.rls_forced ? "enabled and forced" : "enabled (not forced)")
                            : "not enabled";
      out_ += t.policies.empty() ? "; no policies" : "; " + plural(t.policies.size(), "policy");
      out_ += "</p>\n";
      if (!t.policies.empty()) {
        out_ += "<table class=\"policies\"><thead><tr><th>policy</th><th>command</th><th>"
                "type</th><th>roles</th><th>using</th><th>with check</th></tr></thead><tbody>\n";
        for (const catalog::Policy& pol : t.policies) {
          out_ += fmt::format(
              "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code>"
              "</td><td><code>{}</code></td></tr>\n",
              html(pol.name), html(pol.command), pol.permissive ? "permissive" : "restrictive",
              html(pol.roles.empty() ? std::string("public") : columns_text(pol.roles)),
              html(pol.using_text), html(pol.check_text));
        }
        out_ += "</tbody></table>\n";
      }
    }
    // Findings.
    out_ += "<h3>Findings</h3>\n";
    if (e.findings.empty()) {
      out_ += "<p class=\"muted\">none</p>\n";
    }
    for (const std::uint32_t i : e.findings) {
      finding_block(i);
    }
    out_ += "</details>\n";
  }

  void tables() {
    out_ += "<section id=\"tables\">\n<h2>Tables</h2>\n";
    const bool open = c_.matrix.size() <= kOpenSectionsUpTo;
    // Matrix order (worst first), then every other relation (clean views and partitions).
    std::vector<char> done(c_.tables.size(), 0);
    for (const std::uint32_t t : c_.matrix) {
      table_section(c_.tables[t], open);
      done[t] = 1;
    }
    for (std::size_t t = 0; t < c_.tables.size(); ++t) {
      if (done[t] == 0) {
        table_section(c_.tables[t], false);
      }
    }
    out_ += "</section>\n";
  }

  void others() {
    if (c_.other_findings.empty()) {
      return;
    }
    out_ += "<section id=\"other\">\n<h2>Other findings</h2>\n<p class=\"muted\">Findings not "
            "about a table of the schema: types, functions, statements that failed to parse, "
            "suppression comments.</p>\n";
    for (const std::uint32_t i : c_.other_findings) {
      finding_block(i);
    }
    out_ += "</section>\n";
  }

  const Context& ctx_;
  Compliance c_;
  Locator loc_;
  std::string out_;
};

} // namespace

std::string render_html(const Context& ctx) {
  HtmlWriter w(ctx);
  return w.render();
}

} // namespace ddlint::report
