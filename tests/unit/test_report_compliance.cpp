// The compliance reports (SPEC section 8): the model (scores, matrix, checklist), the ER diagram
// plan and its Graphviz SVG, and golden files of the HTML and Markdown output for
// tests/report/compliance. Findings of rules that are not part of this build are constructed
// here, so the checklist's pass/fail/not-checked logic is tested whatever rules exist.
// DDLINT_UPDATE_GOLDEN=1 rewrites the golden files; review the diff.
#include "base/files.h"
#include "engine/engine.h"
#include "engine/filters.h"
#include "report/compliance.h"
#include "report/erd.h"
#include "report/escape.h"
#include "report/reporter.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

using namespace ddlint;
namespace fs = std::filesystem;

namespace {

// Real rules of the golden case (all on main when it was written).
const std::vector<std::string> kRealRules = {"semantic-error", "syntax-error", "fk-missing-index",
                                             "duplicate-index", "prefer-timestamptz"};
// Checklist rules declared as run; their findings are constructed below. missing-foreign-key is
// deliberately absent: its item must say "not checked".
const std::vector<std::string> kDeclaredRules = {
    "repeating-group",    "multi-valued-column",     "no-primary-key",
    "partial-dependency", "transitive-dependency",   "derived-aggregate-column",
    "enum-type",          "enum-like-unconstrained", "duplicate-entity"};

struct Case {
  RunInputs inputs;
  catalog::Catalog catalog;
  std::vector<Finding> findings;
  Config config = default_config();
  std::vector<std::string> rules_run;
};

ObjectRef object(std::string schema, std::string table) {
  ObjectRef o;
  o.schema = std::move(schema);
  o.table = std::move(table);
  return o;
}

ObjectRef type_object(std::string schema, std::string type) {
  ObjectRef o;
  o.schema = std::move(schema);
  o.type = std::move(type);
  return o;
}

Finding constructed(const Case& c, std::string rule, Category cat, Severity sev,
                    std::string message, ObjectRef obj, std::string fix = {}) {
  Finding f;
  f.rule = std::move(rule);
  f.category = cat;
  f.severity = sev;
  f.message = std::move(message);
  if (!obj.table.empty()) {
    if (const catalog::Table* t = c.catalog.table(obj.schema, obj.table)) {
      f.loc = t->hist.created;
    }
  }
  f.fingerprint = make_fingerprint(f.rule, obj, "");
  f.object = std::move(obj);
  f.fix = std::move(fix);
  return f;
}

void load_compliance_case(Case& c) {
  const fs::path dir = fs::path(DDLINT_TESTS_DIR) / "report" / "compliance";
  engine::load_sources({dir.string()}, c.config, c.inputs);
  for (FileInput& f : c.inputs.files) {
    f.path = fs::path(f.path).lexically_relative(DDLINT_SOURCE_DIR).generic_string();
  }
  c.catalog = engine::build_catalog(c.inputs, 1);
  c.findings = engine::run_rules(c.catalog, c.inputs, c.config, kRealRules, 1);
  engine::FilterOptions fo;
  fo.ran = kRealRules;
  engine::apply_filters(c.findings, c.inputs, c.config, fo);
  ObjectRef customers = object("public", "customers");
  customers.column = "phone1";
  customers.columns = {"phone1", "phone2", "phone3"};
  c.findings.push_back(constructed(c, "repeating-group", Category::Normalization, Severity::Warning,
                                   "customers has a repeating group phone1, phone2, phone3",
                                   customers));
  c.findings.push_back(constructed(c, "no-primary-key", Category::Normalization, Severity::Error,
                                   "table \"😀 emoji\" has no primary key",
                                   object("public", "😀 emoji")));
  c.findings.push_back(constructed(
      c, "enum-type", Category::Constraints, Severity::Warning,
      "enum type invoice_status: prefer a CHECK constraint or a lookup table",
      type_object("public", "invoice_status"),
      "ALTER TABLE billing.invoices ALTER COLUMN status TYPE text;\nALTER TABLE billing.invoices "
      "ADD CONSTRAINT invoices_status_check CHECK (status IN ('draft', 'sent', 'paid'));"));
  engine::sort_findings(c.findings);
  c.rules_run = kRealRules;
  c.rules_run.insert(c.rules_run.end(), kDeclaredRules.begin(), kDeclaredRules.end());
}

report::Context context(const Case& c) {
  report::Context ctx{c.inputs, c.catalog, c.findings, c.config, false, false, false, {}};
  ctx.rules_run = c.rules_run;
  ctx.generated_at = "2026-01-02 03:04:05 UTC";
  ctx.notes = {"a note with <markup> & \"quotes\""};
  return ctx;
}

void golden(const fs::path& path, const std::string& actual) {
  INFO(path.string());
  if (std::getenv("DDLINT_UPDATE_GOLDEN") != nullptr) {
    files::write(path.string(), actual);
    return;
  }
  const files::ReadResult want = files::read(path.string(), 1U << 26U);
  REQUIRE(want.error.empty());
  CHECK(actual == want.content);
}

std::size_t count(std::string_view text, std::string_view needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

// The Graphviz layout depends on the fonts installed: golden files keep the page around it.
std::string without_diagram_layout(std::string html) {
  const std::string open = "<div class=\"erd-scroll\">";
  for (auto at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
    const auto body = at + open.size();
    const auto end = html.find("</div></figure>", body);
    REQUIRE(end != std::string::npos);
    html.replace(body, end - body, "<!-- Graphviz SVG, checked by the unit and browser tests -->");
  }
  return html;
}

// SQL for `n` tables over two schemas: in `app`, chains of FKs inside name-prefix groups plus a
// hub every table references (one connected component); in `audit`, unconnected tables.
std::string generated_schema(std::size_t app_tables, std::size_t audit_tables) {
  std::string sql = "CREATE SCHEMA app;\nCREATE SCHEMA audit;\n"
                    "CREATE TABLE app.hub (id bigint PRIMARY KEY);\n";
  const char* prefixes[] = {"ci", "merge", "user", "vuln", "zoekt"};
  for (std::size_t i = 1; i < app_tables; ++i) {
    const std::string prefix = prefixes[i % 5];
    sql += fmt::format("CREATE TABLE app.{}_t{:04} (id bigint PRIMARY KEY, hub_id bigint NOT NULL "
                       "REFERENCES app.hub (id)",
                       prefix, i);
    if (i > 5) {
      sql += fmt::format(", prev_id bigint REFERENCES app.{}_t{:04} (id)", prefix, i - 5);
    }
    sql += ");\n";
  }
  for (std::size_t i = 0; i < audit_tables; ++i) {
    sql += fmt::format("CREATE TABLE audit.log_{:04} (id bigint PRIMARY KEY);\n", i);
  }
  return sql;
}

void load_sql(Case& c, const std::string& sql) {
  FileInput f;
  f.path = "generated.sql";
  f.content = sql;
  c.inputs.files.push_back(std::move(f));
  c.catalog = engine::build_catalog(c.inputs, 1);
}

} // namespace

TEST_CASE("compliance model: scores, matrix, checklist", "[report]") {
  Case c;
  load_compliance_case(c);
  const report::Context ctx = context(c);
  const report::Compliance m = report::build_compliance(ctx);

  // accounts, customers, billing.invoices, events, a<b&c>, 😀 emoji; not the partition or view.
  CHECK(m.scored_tables == 6);
  CHECK(m.partitions == 1);
  CHECK(m.views == 1);
  REQUIRE(m.scores.size() == report::kCategoryCount);
  const auto& integrity = m.scores[report::category_index(Category::Integrity)];
  CHECK(integrity.checked);
  CHECK(integrity.clean == 5);             // the duplicate column on customers
  CHECK(integrity.findings.errors() == 2); // + the syntax error, on no table
  const auto& tenancy = m.scores[report::category_index(Category::Tenancy)];
  CHECK_FALSE(tenancy.checked);
  const auto& normalization = m.scores[report::category_index(Category::Normalization)];
  CHECK(normalization.checked);
  CHECK(normalization.clean == 4);
  CHECK(normalization.share() == Approx(4.0 / 6.0));

  // Worst first: the table with an error and the most warnings leads.
  REQUIRE(m.matrix.size() == 6);
  const auto first = m.tables[m.matrix[0]];
  CHECK(first.table->name == "customers");
  CHECK(first.total.errors() == 1);
  for (std::size_t i = 1; i < m.matrix.size(); ++i) {
    const auto& a = m.tables[m.matrix[i - 1]].total;
    const auto& b = m.tables[m.matrix[i]].total;
    CHECK(std::tuple(a.errors(), a.warnings(), a.infos()) >=
          std::tuple(b.errors(), b.warnings(), b.infos()));
  }

  // Checklist: keyed by rule id; what did not run is never a pass.
  REQUIRE(m.checklist.size() == 9);
  auto item = [&](std::string_view rule) -> const report::ChecklistItem& {
    for (const auto& it : m.checklist) {
      for (const auto& r : it.rules) {
        if (r.id == rule) {
          return it;
        }
      }
    }
    FAIL("no checklist item for " << rule);
    return m.checklist.front();
  };
  CHECK(item("repeating-group").status == report::ItemStatus::Fail);
  CHECK(item("repeating-group").evidence.size() == 1);
  CHECK(item("no-primary-key").status == report::ItemStatus::Fail);
  CHECK(item("multi-valued-column").status == report::ItemStatus::Pass);
  CHECK(item("partial-dependency").status == report::ItemStatus::Pass);
  CHECK(item("enum-type").status == report::ItemStatus::Fail);
  CHECK(item("missing-foreign-key").status == report::ItemStatus::NotChecked);
  CHECK(item("missing-foreign-key").rules[0].why_not == "not enabled");

  // Findings on no relation: the type's and the syntax error.
  CHECK(m.other_findings.size() == 2);

  // Nothing declared as run and no config: every item is "not checked", none passes.
  Case none;
  load_compliance_case(none);
  none.config.rules.clear();
  std::vector<Finding> no_findings;
  report::Context empty{none.inputs, none.catalog, no_findings, none.config,
                        false,       false,        false,       {}};
  const report::Compliance m2 = report::build_compliance(empty);
  for (const auto& it : m2.checklist) {
    CHECK(it.status == report::ItemStatus::NotChecked);
  }
  for (const auto& s : m2.scores) {
    CHECK_FALSE(s.checked);
  }
}

TEST_CASE("compliance reports: golden HTML and Markdown", "[report]") {
  Case c;
  load_compliance_case(c);
  const report::Context ctx = context(c);
  const fs::path dir = fs::path(DDLINT_TESTS_DIR) / "report" / "compliance";
  const std::string md = report::render("markdown", ctx);
  golden(dir / "expected.md", md);
  const std::string html = report::render("html", ctx);
  golden(dir / "expected.html", without_diagram_layout(html));

  // One inline script (ours), no external resource, hostile names escaped everywhere.
  CHECK(count(html, "<script") == 1);
  CHECK(html.find("<script>alert(1)") == std::string::npos);
  CHECK(html.find("&lt;/script&gt;&lt;script&gt;alert(1)") != std::string::npos);
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("Content-Security-Policy") != std::string::npos);
  // In Markdown, markup may appear only inside code spans (which GitHub shows literally).
  std::string prose;
  bool fenced = false;
  std::istringstream lines(md);
  for (std::string line; std::getline(lines, line);) {
    const auto first = line.find_first_not_of(' ');
    if (first != std::string::npos && line.compare(first, 3, "```") == 0) {
      fenced = !fenced;
    } else if (!fenced) {
      prose += line + "\n";
    }
  }
  const std::string md_text = std::regex_replace(prose, std::regex("`[^`\n]*`"), "");
  CHECK(md_text.find("<script>") == std::string::npos);
  CHECK(md_text.find("<b&c>") == std::string::npos);

#ifdef DDLINT_HAVE_GRAPHVIZ
  // The diagram: one node per table (partitions fold into their parent, views are not drawn).
  CHECK(count(html, "class=\"node table") == 6);
  CHECK(count(html, "class=\"node table has-errors\"") == 2);
  CHECK(html.find("&#45;") == std::string::npos);
  CHECK(html.find("<!--") == html.find("<!-- Graphviz SVG"));
  CHECK(html.find("id=\"erd-t") != std::string::npos);
  CHECK(html.find("The diagram could not be drawn") == std::string::npos);
#endif
}

TEST_CASE("ER diagram: bounded parts for large schemas, every table once", "[report]") {
  Case c;
  load_sql(c, generated_schema(260, 100));
  report::Context ctx{c.inputs, c.catalog, c.findings, c.config, false, false, false, {}};
  const report::Compliance m = report::build_compliance(ctx);
  REQUIRE(m.scored_tables == 360);
  const report::ErdPlan plan = report::plan_erd(m, c.catalog);
  CHECK(plan.split);
  CHECK(plan.drawn == 360);
  std::set<std::uint32_t> seen;
  std::size_t edges = 0;
  for (const report::ErdPart& p : plan.parts) {
    CHECK(p.tables.size() <= report::kMaxDiagramTables);
    CHECK_FALSE(p.tables.empty());
    for (const std::uint32_t t : p.tables) {
      CHECK(seen.insert(t).second);
    }
    edges += p.edges.size() + p.external.size();
  }
  CHECK(seen.size() == 360);
  // 259 hub FKs + 254 chain FKs.
  CHECK(edges == 259 + 254);
  CHECK(plan.edges == edges);
  // The audit tables are unconnected: packed together, never mixed with app tables.
  for (const report::ErdPart& p : plan.parts) {
    std::set<std::string> schemas;
    for (const std::uint32_t t : p.tables) {
      schemas.insert(m.tables[t].table->schema.string());
    }
    CHECK(schemas.size() == 1);
  }

  // Small schemas: one part.
  Case small;
  load_compliance_case(small);
  const report::Context sctx = context(small);
  const report::Compliance sm = report::build_compliance(sctx);
  const report::ErdPlan one = report::plan_erd(sm, small.catalog);
  CHECK_FALSE(one.split);
  REQUIRE(one.parts.size() == 1);
  CHECK(one.parts[0].tables.size() == 6);
  // The same schema with a bound of 2 tables: split, with stubs for FKs across parts.
  const report::ErdPlan tiny = report::plan_erd(sm, small.catalog, 2);
  CHECK(tiny.split);
  std::size_t external = 0;
  for (const auto& p : tiny.parts) {
    CHECK(p.tables.size() <= 2);
    external += p.external.size();
  }
  CHECK(external > 0);

#ifdef DDLINT_HAVE_GRAPHVIZ
  std::string error;
  const std::vector<std::string> svgs = report::erd_svgs(plan, m, &error);
  INFO(error);
  REQUIRE(svgs.size() == plan.parts.size());
  std::size_t nodes = 0;
  for (const std::string& svg : svgs) {
    CHECK(svg.starts_with("<svg"));
    nodes += count(svg, "class=\"node table");
  }
  CHECK(nodes == 360);
#endif
}

TEST_CASE("Mermaid: identifiers fit the grammar, names kept as aliases", "[report]") {
  Case c;
  load_compliance_case(c);
  const report::Context ctx = context(c);
  const report::Compliance m = report::build_compliance(ctx);
  const report::ErdPlan plan = report::plan_erd(m, c.catalog, 3);
  const std::regex entity(R"re(^  ([^ \[]+)\["([^"]*)"\])re");
  std::set<std::string> aliases;
  for (std::size_t p = 0; p < plan.parts.size(); ++p) {
    const std::string text = report::erd_mermaid(plan, p, m);
    CHECK(text.starts_with("erDiagram\n"));
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
      std::smatch sm;
      if (std::regex_search(line, sm, entity)) {
        CHECK(std::regex_match(sm[1].str(), std::regex("[A-Za-z_][A-Za-z0-9_]*")));
        if (sm[2].str().find("(see diagram") == std::string::npos) {
          aliases.insert(sm[2].str());
        }
      }
    }
  }
  CHECK(aliases.size() == 6);
  CHECK(aliases.contains("a‹b&c›"));
  CHECK(aliases.contains("😀 emoji"));
  CHECK(aliases.contains("billing.invoices"));
}

TEST_CASE("escaping for the document formats", "[report]") {
  using namespace report::esc;
  CHECK(html("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(clean_utf8("a\x01"
                   "b\xff"
                   "c\n") == "a\xEF\xBF\xBD"
                             "b\xEF\xBF\xBD"
                             "c\xEF\xBF\xBD");
  CHECK(clean_utf8("a\nb\tc", true) == "a\nb\tc");
  CHECK(clean_utf8("caf\xC3\xA9 \xF0\x9F\x98\x80") == "caf\xC3\xA9 \xF0\x9F\x98\x80");
  CHECK(clean_utf8("\xC3") == "\xEF\xBF\xBD");
  CHECK(md("a|b_c*d <e>\nf") == "a\\|b\\_c\\*d &lt;e&gt; f");
  CHECK(md_code("x`y|z") == "``x`y\\|z``");
  CHECK(md_code_block("select ```x```;", "sql") == "````sql\nselect ```x```;\n````\n");
}
