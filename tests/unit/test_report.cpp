// Reporter golden files: tests/report/<case>/*.sql rendered in every format and compared with
// tests/report/<case>/expected.<format>. DDLINT_UPDATE_GOLDEN=1 rewrites them; review the diff.
// SARIF's tool.driver.rules (one descriptor per registered rule) and ruleIndex change whenever a
// rule is added, so they are checked against the metadata here instead of the golden file.
#include "base/embedded.h"
#include "base/files.h"
#include "engine/engine.h"
#include "engine/filters.h"
#include "report/reporter.h"
#include "rules/registry.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <sstream>

using namespace ddlint;
namespace fs = std::filesystem;

namespace {

// The rules of the golden cases: new rules must not change them.
const std::vector<std::string> kRules = {"semantic-error",     "syntax-error",
                                         "forward-reference",  "undefined-object",
                                         "unused-suppression", "invalid-suppression"};

struct Case {
  RunInputs inputs;
  catalog::Catalog catalog;
  std::vector<Finding> findings;
  Config config = default_config();
};

void load(Case& c, const fs::path& dir) {
  engine::load_sources({dir.string()}, c.config, c.inputs);
  for (FileInput& f : c.inputs.files) {
    f.path = fs::path(f.path).lexically_relative(DDLINT_SOURCE_DIR).generic_string();
  }
  c.catalog = engine::build_catalog(c.inputs, 1);
  c.findings = engine::run_rules(c.catalog, c.inputs, c.config, kRules, 1);
  engine::FilterOptions fo;
  fo.ran = kRules;
  engine::apply_filters(c.findings, c.inputs, c.config, fo);
  engine::sort_findings(c.findings);
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

std::string doc_section(std::string_view page, const std::string& heading) {
  const std::string marker = "\n## " + heading + "\n";
  auto at = page.find(marker);
  if (at == std::string_view::npos) {
    return {};
  }
  at += marker.size();
  const auto next = page.find("\n## ", at);
  std::string s(page.substr(at, next == std::string_view::npos ? page.size() - at : next - at));
  while (!s.empty() && (s.front() == '\n')) {
    s.erase(s.begin());
  }
  while (!s.empty() && (s.back() == '\n')) {
    s.pop_back();
  }
  return s;
}

} // namespace

TEST_CASE("reporter golden files", "[report]") {
  const fs::path dir = fs::path(DDLINT_TESTS_DIR) / "report" / "basic";
  Case c;
  load(c, dir);
  REQUIRE(c.findings.size() >= 5);
  report::Context ctx{c.inputs, c.catalog, c.findings, c.config, false, false, false, {}};
  ctx.notes = {"1 finding suppressed by comments"};
  golden(dir / "expected.txt", report::render("text", ctx));
  golden(dir / "expected.github", report::render("github", ctx));
  ctx.fail_on = Severity::Warning;
  golden(dir / "expected.xml", report::render("junit", ctx));
  ctx.fail_on = Severity::Error;

  ctx.baseline_used = true;
  ctx.baselined = 2;
  ctx.baseline_stale = 1;
  const auto json = nlohmann::json::parse(report::render("json", ctx));
  CHECK(json["summary"]["baselined"] == 2);
  CHECK(json["summary"]["baseline_stale"] == 1);
  ctx.baseline_used = false;

  // SARIF: the rule descriptors against the metadata and the embedded docs ...
  auto sarif = nlohmann::ordered_json::parse(report::render("sarif", ctx));
  auto& run = sarif["runs"][0];
  CHECK(run["columnKind"] == "utf16CodeUnits");
  auto& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == rules::all().size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const rules::RuleMeta& m = rules::all()[i]->meta();
    INFO("rule " << m.id);
    CHECK(rules[i]["id"] == m.id);
    CHECK(rules[i]["shortDescription"]["text"] == m.summary);
    CHECK(rules[i]["helpUri"].get<std::string>().ends_with("docs/rules/" + std::string(m.id) +
                                                           ".md"));
    const auto page = embedded::find("docs/rules/" + std::string(m.id) + ".md");
    REQUIRE(page);
    CHECK(rules[i]["fullDescription"]["markdown"] == doc_section(*page, "Why this is a problem"));
    CHECK_FALSE(rules[i]["fullDescription"]["text"].get<std::string>().empty());
  }
  for (auto& r : run["results"]) {
    CHECK(rules[r["ruleIndex"].get<std::size_t>()]["id"] == r["ruleId"]);
    CHECK(r["partialFingerprints"]["ddlintFingerprint/v1"].get<std::string>().size() == 16);
    r.erase("ruleIndex");
  }
  // ... and the rest as a golden file.
  rules = nlohmann::ordered_json::array({"(checked against the rule metadata)"});
  golden(dir / "expected.sarif", sarif.dump(2) + "\n");
}

TEST_CASE("text report: carets on a terminal, colours, quiet", "[report]") {
  Case c;
  FileInput f;
  f.path = "a.sql";
  f.content = "CREATE TABLE t (id int,\n  id int);\n";
  c.inputs.files.push_back(f);
  c.catalog = engine::build_catalog(c.inputs, 1);
  c.findings = engine::run_rules(c.catalog, c.inputs, c.config, {"semantic-error"}, 1);
  REQUIRE(c.findings.size() == 1);
  report::Context ctx{c.inputs, c.catalog, c.findings, c.config, false, false, false, {}};
  const std::string plain = report::render_text(ctx);
  CHECK(plain == "a.sql:2:3: error: column \"id\" of relation \"t\" specified more than once "
                 "[semantic-error]\n1 finding (1 error, 0 warnings, 0 info) in 1 file.\n");
  ctx.tty = true;
  const std::string tty = report::render_text(ctx);
  CHECK(tty.find("\n    id int);\n    ^~~~~~\n") != std::string::npos);
  ctx.color = true;
  const std::string color = report::render_text(ctx);
  CHECK(color.find("\x1b[1;31merror") != std::string::npos);
  CHECK(color.find("\x1b[1;32m^~~~~~\x1b[0m") != std::string::npos);
  ctx.tty = false;
  ctx.color = false;
  ctx.quiet = true;
  ctx.notes = {"a note"};
  const std::string quiet = report::render_text(ctx);
  CHECK(quiet.find("finding (") == std::string::npos);
  CHECK(quiet.find("a note") == std::string::npos);
  CHECK(quiet.rfind("a.sql:2:3:", 0) == 0);
}

TEST_CASE("github annotations escape what the runner would misread", "[report]") {
  Case c;
  FileInput f;
  f.path = "dir,with:odd%chars.sql";
  f.content = "CREATE TABLE \"50%,a:b\" (id int, id int);\n";
  c.inputs.files.push_back(f);
  c.catalog = engine::build_catalog(c.inputs, 1);
  c.findings = engine::run_rules(c.catalog, c.inputs, c.config, {"semantic-error"}, 1);
  REQUIRE(c.findings.size() == 1);
  c.findings[0].message += "\nsecond line";
  report::Context ctx{c.inputs, c.catalog, c.findings, c.config, false, false, false, {}};
  const std::string gh = report::render_github(ctx);
  CHECK(gh.rfind("::error file=dir%2Cwith%3Aodd%25chars.sql,line=1,col=", 0) == 0);
  CHECK(gh.find("\"50%25,a:b\"") != std::string::npos);
  CHECK(gh.find("%0Asecond line\n") != std::string::npos);
  CHECK(std::count(gh.begin(), gh.end(), '\n') == 1);
}

TEST_CASE("junit: findings below --fail-on do not fail their testcase", "[report]") {
  Case c;
  FileInput f;
  f.path = "a.sql";
  f.content = "CREATE TABLE t (id int PRIMARY KEY);\n"
              "-- ddlint-disable-next-line semantic-error\n"
              "CREATE TABLE u (id int PRIMARY KEY);\n";
  c.inputs.files.push_back(f);
  c.catalog = engine::build_catalog(c.inputs, 1);
  const std::vector<std::string> only = {"semantic-error", "unused-suppression"};
  c.findings = engine::run_rules(c.catalog, c.inputs, c.config, only, 1);
  engine::FilterOptions fo;
  fo.ran = only;
  engine::apply_filters(c.findings, c.inputs, c.config, fo);
  REQUIRE(c.findings.size() == 1); // the unused suppression (info)
  report::Context ctx{c.inputs, c.catalog, c.findings, c.config, false, false, false, {}};
  const std::string passing = report::render_junit(ctx);
  CHECK(passing.find("<failure") == std::string::npos);
  CHECK(passing.find("<system-out>a.sql:2:29: info:") != std::string::npos);
  CHECK(passing.find("<testsuite name=\"ddlint.integrity\" tests=\"2\" failures=\"0\"") !=
        std::string::npos);
  ctx.fail_on = Severity::Info;
  const std::string failing = report::render_junit(ctx);
  CHECK(failing.find("<testsuite name=\"ddlint.meta\" tests=\"1\" failures=\"1\"") !=
        std::string::npos);
  CHECK(failing.find("type=\"unused-suppression\"") != std::string::npos);
}

TEST_CASE("json report: the streamed writer prints what a JSON document dump prints", "[report]") {
  // Awkward strings: quotes, backslashes, every control character, DEL, multi-byte UTF-8, an
  // object with several columns, and one with none at all.
  Case c;
  FileInput file;
  file.path = "a \"quoted\"\\path.sql";
  file.content = "CREATE TABLE t (id int);\n";
  c.inputs.files.push_back(file);
  std::string controls;
  for (char ch = 1; ch < 0x20; ++ch) {
    controls += ch;
  }
  for (int i = 0; i < 3; ++i) {
    Finding f;
    f.rule = "semantic-error";
    f.severity = Severity::Error;
    f.message = "m\"\\" + controls + "\x7f é 表 🙂 " + std::to_string(i);
    f.loc = SourceRef{0, 0, 5};
    f.fingerprint = "00000000000000a" + std::to_string(i);
    if (i == 1) {
      f.object.schema = "public";
      f.object.table = "t\"x";
      f.object.column = "a";
      f.object.columns = {"a", "b\tc"};
      f.object.constraint = "k";
      f.fix = "ALTER TABLE t\n  ADD x;";
    }
    c.findings.push_back(f);
  }
  report::Context ctx{c.inputs, c.catalog, c.findings, c.config, false, false, false, {}};
  const std::string streamed = report::render("json", ctx);
  const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(streamed);
  CHECK(parsed.dump(2) + "\n" == streamed);
  CHECK(parsed["findings"].size() == 3);
  CHECK(parsed["findings"][1]["object"]["columns"][1] == "b\tc");
  CHECK(parsed["findings"][0]["object"].empty());

  // Invalid UTF-8 is replaced, never an exception.
  c.findings[0].message = std::string("bad \xC3\x28 byte");
  const std::string replaced = report::render("json", ctx);
  CHECK(nlohmann::ordered_json::parse(replaced)["findings"][0]["message"] ==
        "bad \xEF\xBF\xBD( byte");
}

TEST_CASE("streaming writers: any chunk size writes the string render's bytes", "[report]") {
  // Many findings: the golden case's, repeated with invalid UTF-8 (a bad byte, a truncated
  // sequence), control characters, fixes, related statements and a snippet that is not UTF-8.
  const fs::path dir = fs::path(DDLINT_TESTS_DIR) / "report" / "basic";
  Case c;
  load(c, dir);
  REQUIRE(!c.findings.empty());
  FileInput bad;
  bad.path = "bad \xC3\x28.sql";
  bad.content = "CREATE TABLE \xE2\x82 t (id int);\n";
  c.inputs.files.push_back(bad);
  const auto bad_file = static_cast<std::uint32_t>(c.inputs.files.size() - 1);
  const std::vector<Finding> base = c.findings;
  for (int i = 0; i < 40; ++i) {
    for (Finding f : base) {
      f.message += " \xC3\x28 \xE2\x82( \x01\t\"#" + std::to_string(i);
      if (i % 3 == 0) {
        f.fix = "ALTER TABLE t\n  ADD x int; -- \xFF";
      }
      if (i == 6) {
        // A long fix with multi-byte and broken sequences at every offset: written in slices,
        // it must come out as written whole.
        std::string fix;
        for (int k = 0; k < 500; ++k) {
          fix += std::string(static_cast<std::size_t>(k % 5), 'x') +
                 "é表🙂\xE2\x82(\xF0\x9F\x99\"\\\n\x80\xBF";
        }
        f.fix = fix;
      }
      if (i % 4 == 1) {
        f.loc = SourceRef{bad_file, 0, 20};
        f.related = {SourceRef{bad_file, 13, 16}, SourceRef{0, 0, 5}};
      }
      if (i % 5 == 2) {
        f.object.table = "t\xE2\x82";
        f.object.columns = {"a", "b\xC3"};
      }
      c.findings.push_back(f);
    }
  }
  report::Context ctx{c.inputs, c.catalog, c.findings, c.config, false, false, false, {}};
  ctx.notes = {"a note \xC3"};
  const std::vector<Finding> none;
  report::Context empty{c.inputs, c.catalog, none, c.config, false, false, false, {}};

  const std::vector<std::string> streamed = {"text", "json", "sarif", "junit", "github"};
  for (const report::Context* cx : {&ctx, &empty}) {
    for (const std::string& format : streamed) {
      const std::string whole = report::render(format, *cx);
      for (const std::size_t chunk :
           {std::size_t{1}, std::size_t{7}, std::size_t{4096}, report::kChunkBytes}) {
        INFO(format << ", " << cx->findings.size() << " findings, chunk " << chunk);
        std::ostringstream os;
        report::render(format, *cx, os, chunk);
        CHECK(os.str() == whole);
      }
      if (format == "json" || format == "sarif") {
        INFO(format);
        CHECK(nlohmann::ordered_json::parse(whole).dump(2) + "\n" == whole);
      }
    }
  }
  ctx.tty = true;
  ctx.color = true;
  std::ostringstream os;
  report::write_text(ctx, os, 1);
  CHECK(os.str() == report::render_text(ctx));

  // SARIF keeps nlohmann's replacement (one U+FFFD for a truncated sequence), JSON its own (one
  // per byte): the bytes each wrote before streaming.
  const auto sarif = nlohmann::ordered_json::parse(report::render_sarif(ctx));
  const auto sarif_message =
      sarif["runs"][0]["results"][base.size()]["message"]["text"].get<std::string>();
  CHECK(sarif_message.ends_with(" \xEF\xBF\xBD( \xEF\xBF\xBD( \x01\t\"#0"));
  const auto json = nlohmann::ordered_json::parse(report::render_json(ctx));
  const auto json_message = json["findings"][base.size()]["message"].get<std::string>();
  CHECK(json_message.ends_with(" \xEF\xBF\xBD( \xEF\xBF\xBD\xEF\xBF\xBD( \x01\t\"#0"));
}
