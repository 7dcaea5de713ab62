// The command line in-process (exit codes, formats, errors) and the real binary end to end.
#include "cli/app.h"
#include "rules/registry.h"
#include "support/temp_repo.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ddlint;
namespace fs = std::filesystem;
using ddlint::test::TempDir;

namespace {

struct Run {
  int code = 0;
  std::string out;
  std::string err;
};

Run run(std::vector<std::string> args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  cli::Io io{in, out, err, false, fs::current_path().string()};
  std::vector<std::string> full{"ddlint"};
  full.insert(full.end(), args.begin(), args.end());
  Run r;
  r.code = cli::run(full, io);
  r.out = out.str();
  r.err = err.str();
  return r;
}

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

} // namespace

TEST_CASE("exit codes follow SPEC section 6", "[cli]") {
  const TempDir d_dir("exit");
  const fs::path d = d_dir.path();
  write(d / "ok.sql", "CREATE TABLE t (id int PRIMARY KEY);\n");
  write(d / "bad.sql", "CREATE TABLE (;\n");
  CHECK(run({"check", (d / "ok.sql").string(), "--rule", "syntax-error"}).code == 0);
  const Run bad = run({"check", (d / "bad.sql").string(), "--rule", "syntax-error"});
  CHECK(bad.code == 1);
  CHECK(bad.out.find("bad.sql:1:14: error: syntax error at or near \"(\" [syntax-error]") !=
        std::string::npos);
  CHECK(run({"check", (d / "bad.sql").string(), "--fail-on", "never"}).code == 0);
  CHECK(run({"check", (d / "missing.sql").string()}).code == 2);
  CHECK(run({"check", "--bogus-flag"}).code == 2);
  CHECK(run({"check", "--format", "yaml", (d / "ok.sql").string()}).code == 2);
  CHECK(run({"check", (d / "ok.sql").string(), "--rule", "no-such-rule"}).code == 2);
  const Run version = run({"--version"});
  CHECK(version.code == 0);
  CHECK(version.out.find("ddlint ") == 0);
}

TEST_CASE("a broken config is exit 2 naming the file and the key", "[cli]") {
  const TempDir d_dir("cfg");
  const fs::path d = d_dir.path();
  write(d / "c.json", R"({"rules": {"fk-missing-indexx": "error"}})");
  write(d / "a.sql", "SELECT 1;");
  const Run r = run({"check", (d / "a.sql").string(), "--config", (d / "c.json").string()});
  CHECK(r.code == 2);
  CHECK(r.err.find("c.json: rules.fk-missing-indexx: unknown rule") != std::string::npos);
}

TEST_CASE("stdin is read with -", "[cli]") {
  // In-process runs read std::cin, so drive the real binary through a pipe.
  const std::string cmd = std::string("printf 'CREATE TABLE (;' | ") + DDLINT_BINARY +
                          " check - --rule syntax-error --format json";
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::string out;
  char buf[4096];
  while (std::size_t n = fread(buf, 1, sizeof buf, p)) {
    out.append(buf, n);
  }
  const int status = pclose(p);
  CHECK(WEXITSTATUS(status) == 1);
  const auto j = nlohmann::json::parse(out);
  CHECK(j["findings"][0]["location"]["file"] == "<stdin>");
  CHECK(j["summary"]["findings"] == 1);
}

TEST_CASE("json output has the SPEC section 7 shape", "[cli]") {
  const TempDir d_dir("json");
  const fs::path d = d_dir.path();
  write(d / "a.sql", "CREATE TABLE t (id int, id int);\n");
  const Run r =
      run({"check", (d / "a.sql").string(), "--format", "json", "--rule", "semantic-error"});
  CHECK(r.code == 1);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["version"] == 1);
  CHECK(j["tool"]["name"] == "ddlint");
  CHECK(j["summary"]["files"] == 1);
  CHECK(j["summary"]["by_severity"]["error"] == 1);
  const auto& f = j["findings"][0];
  CHECK(f["rule"] == "semantic-error");
  CHECK(f["category"] == "integrity");
  CHECK(f["location"]["line"] == 1);
  CHECK(f["location"]["column"] == 25);
  CHECK(f["object"]["table"] == "t");
  CHECK(f["fingerprint"].get<std::string>().size() == 16);
}

TEST_CASE("rules, explain and catalog subcommands", "[cli]") {
  const Run r = run({"rules", "--format", "json"});
  CHECK(r.code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["rules"].size() >= 4);
  CHECK(run({"rules"}).out.find("syntax-error") != std::string::npos);
  const Run e = run({"explain", "syntax-error"});
  CHECK(e.code == 0);
  CHECK(e.out.starts_with("# syntax-error\n"));
  CHECK(e.out.find("<!--") == std::string::npos);
  CHECK(e.out.find("-->") == std::string::npos);
  CHECK(e.out.find("BEGIN GENERATED") == std::string::npos);
  CHECK(e.out.find("END GENERATED") == std::string::npos);
  CHECK(e.out.find("## What it finds") != std::string::npos);
  // Every page: the markers are gone, the generated header and the examples stay.
  for (const rules::Rule* rule : rules::all()) {
    const std::string id(rule->meta().id);
    INFO(id);
    const Run x = run({"explain", id});
    CHECK(x.code == 0);
    CHECK(x.out.starts_with("# " + id + "\n"));
    CHECK(x.out.find("<!--") == std::string::npos);
    CHECK(x.out.find("| category | default severity |") != std::string::npos);
  }
  CHECK(run({"explain", "nope"}).code == 2);
  const TempDir d_dir("catalog");
  const fs::path d = d_dir.path();
  write(d / "a.sql", "CREATE TABLE t (id int PRIMARY KEY);\n");
  const Run c = run({"catalog", (d / "a.sql").string(), "--format", "json"});
  CHECK(c.code == 0);
  CHECK(nlohmann::json::parse(c.out)["tables"][0]["name"] == "t");
}

TEST_CASE("down migrations are skipped unless include_down", "[cli]") {
  const TempDir d_dir("down");
  const fs::path d = d_dir.path();
  write(d / "m/0001_init.up.sql", "CREATE TABLE t (id int);\n");
  write(d / "m/0001_init.down.sql", "CREATE TABLE (;\n");
  write(d / "m/2/down.sql", "CREATE TABLE (;\n");
  write(d / "m/U2__undo.sql", "CREATE TABLE (;\n");
  CHECK(run({"check", (d / "m").string(), "--rule", "syntax-error"}).code == 0);
  write(d / "c.json", R"({"include_down": true})");
  CHECK(run({"check", (d / "m").string(), "--rule", "syntax-error", "--config",
             (d / "c.json").string()})
            .code == 1);
}

TEST_CASE("check formats: every reporter is reachable from the command line", "[cli]") {
  const TempDir d_dir("formats");
  const fs::path d = d_dir.path();
  write(d / "a.sql", "CREATE TABLE t (id int, id int);\n");
  const std::string a = (d / "a.sql").string();
  const Run sarif = run({"check", a, "--format", "sarif", "--rule", "semantic-error"});
  CHECK(sarif.code == 1);
  const auto s = nlohmann::json::parse(sarif.out);
  CHECK(s["version"] == "2.1.0");
  CHECK(s["runs"][0]["results"][0]["ruleId"] == "semantic-error");
  const Run junit = run({"check", a, "--format", "junit", "--rule", "semantic-error"});
  CHECK(junit.code == 1);
  CHECK(junit.out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites", 0) == 0);
  const Run gh = run({"check", a, "--format", "github", "--rule", "semantic-error"});
  CHECK(gh.code == 1);
  CHECK(gh.out.rfind("::error file=", 0) == 0);
  const Run quiet = run({"check", a, "--quiet", "--rule", "semantic-error"});
  CHECK(quiet.out.find("1 finding") == std::string::npos);
  // --color always colours even when not on a terminal; never does not.
  CHECK(run({"check", a, "--color", "always", "--rule", "semantic-error"}).out.find("\x1b[") !=
        std::string::npos);
  CHECK(run({"check", a, "--color", "never", "--rule", "semantic-error"}).out.find("\x1b[") ==
        std::string::npos);
  // --output writes the report to a file.
  CHECK(run({"check", a, "--format", "sarif", "--output", (d / "r.sarif").string()}).code == 1);
  CHECK(fs::file_size(d / "r.sarif") > 100);
}

TEST_CASE("baseline subcommand writes to --output, the config's file, or stdout", "[cli]") {
  const TempDir d_dir("baseline_cmd");
  const fs::path d = d_dir.path();
  // The table has a key so that only the two integrity findings count (no-primary-key is
  // recommended too).
  write(d / "a.sql", "CREATE TABLE t (id int PRIMARY KEY, id int);\nCREATE TABLE (;\n");
  const std::string a = (d / "a.sql").string();
  const Run out = run({"baseline", a, "--output", "-"});
  CHECK(out.code == 0);
  const auto j = nlohmann::json::parse(out.out);
  CHECK(j["findings"].size() == 2);
  const Run file = run({"baseline", a, "--output", (d / "b.json").string()});
  CHECK(file.code == 0);
  CHECK(file.err.find("wrote 2 findings to") != std::string::npos);
  CHECK(run({"check", a, "--baseline", (d / "b.json").string()}).code == 0);
  write(d / "c.json", R"({"baseline": "accepted.json"})");
  CHECK(run({"baseline", a, "--config", (d / "c.json").string()}).code == 0);
  CHECK(fs::exists(d / "accepted.json")); // relative to the config file
  CHECK(run({"check", a, "--config", (d / "c.json").string()}).code == 0);
}

TEST_CASE("init detects the migrations folder and tenant column, and never overwrites", "[cli]") {
  const TempDir d_dir("init");
  const fs::path d = d_dir.path();
  write(d / "db/migrations/V1__init.sql",
        "CREATE TABLE organizations (id bigint PRIMARY KEY);\n"
        "CREATE TABLE projects (id bigint PRIMARY KEY,\n"
        "  organization_id bigint NOT NULL REFERENCES organizations (id));\n");
  write(d / "db/migrations/V2__tasks.sql",
        "CREATE TABLE tasks (id bigint PRIMARY KEY,\n"
        "  organization_id bigint NOT NULL REFERENCES organizations (id));\n");
  write(d / "scripts/seed.sql", "INSERT INTO organizations VALUES (1);\n");
  write(d / "node_modules/pkg/x.sql", "SELECT 1;\n");
  const Run r = run({"init", "--dir", d.string()});
  INFO(r.out << r.err);
  REQUIRE(r.code == 0);
  std::ifstream f(d / ".ddlint.json");
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string text = ss.str();
  CHECK(text.find("\"include\": [\"db/migrations/**/*.sql\"]") != std::string::npos);
  CHECK(text.find("\"columns\": [\"organization_id\"]") != std::string::npos);
  CHECK(text.find("\"root_tables\": [\"public.organizations\"]") != std::string::npos);
  CHECK(text.find("// ") != std::string::npos);
  // The written file is a working config: check finds the migrations through `include`.
  const Run c = run({"check", "--config", (d / ".ddlint.json").string(), "--format", "json",
                     "--rule", "syntax-error"});
  CHECK(c.code == 0);
  CHECK(nlohmann::json::parse(c.out)["summary"]["files"] == 2);
  // Refuses to overwrite.
  const Run again = run({"init", "--dir", d.string()});
  CHECK(again.code == 2);
  CHECK(again.err.find("already exists") != std::string::npos);

  // No tenant column on half of the tables: the tenancy keys stay commented out.
  const TempDir e_dir("init_none");
  const fs::path e = e_dir.path();
  write(e / "schema.sql", "CREATE TABLE a (id int PRIMARY KEY);\n");
  REQUIRE(run({"init", "--dir", e.string()}).code == 0);
  std::ifstream g(e / ".ddlint.json");
  std::stringstream gs;
  gs << g.rdbuf();
  CHECK(gs.str().find("// \"columns\"") != std::string::npos);
  CHECK(gs.str().find("\"include\": [\"**/*.sql\"]") != std::string::npos);
}

TEST_CASE("rules --format json: severities, presets, fix availability", "[cli]") {
  const TempDir d_dir("rules_json");
  const fs::path d = d_dir.path();
  write(d / "c.json", R"({"extends": "recommended", "rules": {"unused-suppression": "off",
                          "semantic-error": "warning"}})");
  const Run r = run({"rules", "--format", "json", "--config", (d / "c.json").string()});
  REQUIRE(r.code == 0);
  const auto j = nlohmann::json::parse(r.out);
  bool seen_unused = false;
  bool seen_semantic = false;
  for (const auto& rule : j["rules"]) {
    CHECK(rule.contains("category"));
    CHECK(rule.contains("default_severity"));
    CHECK(rule.contains("presets"));
    CHECK(rule.contains("fix"));
    if (rule["id"] == "unused-suppression") {
      seen_unused = true;
      CHECK(rule["category"] == "meta");
      CHECK(rule["default_severity"] == "info");
      CHECK(rule["severity"] == "off");
      CHECK(rule["enabled"] == false);
      CHECK(rule["fix"] == "none");
    }
    if (rule["id"] == "semantic-error") {
      seen_semantic = true;
      CHECK(rule["default_severity"] == "error");
      CHECK(rule["severity"] == "warning");
      CHECK(rule["presets"] == nlohmann::json::array({"recommended", "strict", "supabase"}));
    }
  }
  CHECK(seen_unused);
  CHECK(seen_semantic);
  const Run text = run({"rules"});
  CHECK(text.out.find("unused-suppression") != std::string::npos);
  CHECK(text.out.find("effective") != std::string::npos);
}
