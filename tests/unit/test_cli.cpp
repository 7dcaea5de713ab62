// The command line in-process (exit codes, formats, errors) and the real binary end to end.
#include "cli/app.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ddlint;
namespace fs = std::filesystem;

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
  // A new vector rather than insert(begin()): g++ 12 -O2 warns about the latter
  // (-Wnull-dereference false positive).
  std::vector<std::string> argv{"ddlint"};
  argv.reserve(args.size() + 1);
  for (std::string& a : args) {
    argv.push_back(std::move(a));
  }
  Run r;
  r.code = cli::run(argv, io);
  r.out = out.str();
  r.err = err.str();
  return r;
}

fs::path temp_dir(const std::string& name) {
  const fs::path d = fs::temp_directory_path() / ("ddlint_test_" + name);
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

} // namespace

TEST_CASE("exit codes follow SPEC section 6", "[cli]") {
  const fs::path d = temp_dir("exit");
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
  const fs::path d = temp_dir("cfg");
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
  const fs::path d = temp_dir("json");
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
  CHECK(e.out.find("# syntax-error") != std::string::npos);
  CHECK(run({"explain", "nope"}).code == 2);
  const fs::path d = temp_dir("catalog");
  write(d / "a.sql", "CREATE TABLE t (id int PRIMARY KEY);\n");
  const Run c = run({"catalog", (d / "a.sql").string(), "--format", "json"});
  CHECK(c.code == 0);
  CHECK(nlohmann::json::parse(c.out)["tables"][0]["name"] == "t");
}

TEST_CASE("down migrations are skipped unless include_down", "[cli]") {
  const fs::path d = temp_dir("down");
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
