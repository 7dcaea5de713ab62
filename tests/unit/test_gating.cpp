// End to end: the real binary in temporary git repositories, as a CI job or a pre-commit hook
// runs it. The gate (exit code, annotation), baselines, suppressions and the changed-files scope.
#include "rules/registry.h"
#include "support/temp_repo.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace ddlint;
using ddlint::test::Proc;
using ddlint::test::TempRepo;

namespace {

// The migration a pull request adds, and the finding that must stop it:
// tests/gating/gate_case.json (shared with tests/js/run_ci_docs.mjs; its "use" picks the case).
struct GateCase {
  std::string rule;
  std::string migration;  // the new migration's text
  std::uint32_t line = 0; // where the finding starts
  std::uint32_t column = 0;
  std::string message;                                         // part of the message
  std::vector<std::pair<std::string, std::string>> main_files; // main's migrations
  std::string path;                                            // the new migration's path
};

GateCase load_gate() {
  std::ifstream f(std::string(DDLINT_TESTS_DIR) + "/gating/gate_case.json");
  const auto j = nlohmann::json::parse(f);
  const auto& c = j["cases"][j["use"].get<std::string>()];
  GateCase g;
  g.rule = c["rule"].get<std::string>();
  g.migration = c["migration"].get<std::string>();
  g.line = c["line"].get<std::uint32_t>();
  g.column = c["column"].get<std::uint32_t>();
  g.message = c["message"].get<std::string>();
  for (const auto& [path, text] : j["main"].items()) {
    g.main_files.emplace_back(path, text.get<std::string>());
  }
  g.path = j["new_migration"].get<std::string>();
  return g;
}

const GateCase kGate = load_gate();
const std::string kNewMigration = kGate.path;

// The repository as main has it: two migrations, committed.
void seed(const TempRepo& repo) {
  for (const auto& [path, text] : kGate.main_files) {
    repo.write(path, text);
  }
  repo.commit("initial schema");
}

// `ddlint check db/migrations` with the gate's rule set; --fail-on warning, so that a warning
// rule (fk-missing-index) gates as well as an error rule.
Proc check(const TempRepo& repo, std::vector<std::string> extra,
           const std::vector<std::string>& env = {}, const std::string& fail_on = "warning") {
  std::vector<std::string> args = {
      "check",    "db/migrations",   "--fail-on",          fail_on,  "--rule",
      kGate.rule, "--rule",          "unused-suppression", "--rule", "invalid-suppression",
      "--rule",   "undefined-object"};
  args.insert(args.end(), extra.begin(), extra.end());
  return repo.ddlint(args, env);
}

std::string severity_command() {
  const rules::Rule* r = rules::find(kGate.rule);
  INFO("gate rule " << kGate.rule);
  REQUIRE(r != nullptr);
  switch (r->meta().default_severity) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Info:
    return "notice";
  }
  return "";
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("gate: a new migration with a problem fails with exit 1 and an annotation", "[gating]") {
  const TempRepo repo("gate_fail");
  seed(repo);
  repo.git({"checkout", "-q", "-b", "feature"});
  repo.write(kNewMigration, kGate.migration);
  repo.commit("add the foreign key");

  const Proc clean = repo.ddlint({"check", "db/migrations/V1__clients.sql", "--rule", kGate.rule});
  CHECK(clean.code == 0);

  const Proc text = check(repo, {"--changed-since", "main"}, {"GITHUB_ACTIONS=true"});
  INFO(text.out << text.err);
  CHECK(text.code == 1);
  const std::string location =
      kNewMigration + ":" + std::to_string(kGate.line) + ":" + std::to_string(kGate.column) + ": ";
  CHECK(contains(text.out, location));
  CHECK(contains(text.out, std::string("[") + kGate.rule + "]"));
  CHECK(contains(text.out, kGate.message));
  // On GitHub Actions the text report also annotates the diff.
  const std::string annotation = "::" + severity_command() + " file=" + kNewMigration +
                                 ",line=" + std::to_string(kGate.line) +
                                 ",col=" + std::to_string(kGate.column);
  CHECK(contains(text.out, annotation));
  CHECK(contains(text.out, std::string("title=ddlint ") + kGate.rule + "::"));

  // The same, as the `github` format and without GITHUB_ACTIONS.
  const Proc gh = check(repo, {"--changed-since", "main", "--format", "github"});
  CHECK(gh.code == 1);
  CHECK(gh.out.rfind(annotation, 0) == 0);
  const Proc plain = check(repo, {"--changed-since", "main"});
  CHECK_FALSE(contains(plain.out, "::"));
}

TEST_CASE("gate: the same finding baselined passes, also after moving it", "[gating]") {
  const TempRepo repo("gate_baseline");
  seed(repo);
  repo.write(kNewMigration, kGate.migration);
  repo.commit("add the foreign key");
  CHECK(check(repo, {}).code == 1);

  const Proc written = repo.ddlint({"baseline", "db/migrations", "--rule", kGate.rule});
  INFO(written.err);
  REQUIRE(written.code == 0);
  CHECK(contains(written.err, "wrote 1 finding to"));
  const auto baseline = nlohmann::json::parse(repo.read(".ddlint-baseline.json"));
  REQUIRE(baseline["findings"].size() == 1);
  CHECK(baseline["findings"][0]["rule"] == kGate.rule);
  CHECK(baseline["findings"][0]["object"].get<std::string>().find("orders") != std::string::npos);

  const Proc passed = check(repo, {"--baseline", ".ddlint-baseline.json"});
  INFO(passed.out << passed.err);
  CHECK(passed.code == 0);
  CHECK(contains(passed.out, "1 finding baselined"));
  const Proc json = check(repo, {"--baseline", ".ddlint-baseline.json", "--format", "json"});
  const auto report = nlohmann::json::parse(json.out);
  CHECK(report["summary"]["baselined"] == 1);
  CHECK(report["summary"]["baseline_stale"] == 0);
  CHECK(report["summary"]["findings"] == 0);

  // Moving the definition to another migration, with lines above it: still the same finding.
  repo.git({"rm", "-q", kNewMigration});
  repo.write("db/migrations/V2__orders.sql",
             "-- orders and their client\n\n"
             "CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint NOT NULL);\n\n" +
                 kGate.migration);
  const Proc moved = check(repo, {"--baseline", ".ddlint-baseline.json", "--format", "json"});
  INFO(moved.out << moved.err);
  CHECK(moved.code == 0);
  CHECK(nlohmann::json::parse(moved.out)["summary"]["baselined"] == 1);

  // The config's `baseline` works like --baseline.
  repo.write(".ddlint.json", R"({"baseline": ".ddlint-baseline.json"})");
  CHECK(check(repo, {}).code == 0);

  // A new problem is not covered by the baseline.
  repo.write("db/migrations/V4__more.sql", "CREATE TABLE items (id int, id int);\n");
  const Proc more = check(repo, {"--rule", "semantic-error"});
  CHECK(more.code == 1);
  CHECK(contains(more.out, "V4__more.sql:1:"));

  // Once fixed, the entry is reported as stale so that the file can shrink.
  repo.write("db/migrations/V2__orders.sql",
             "CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint NOT NULL);\n");
  std::filesystem::remove(repo.path() / "db/migrations/V4__more.sql");
  const Proc fixed = check(repo, {});
  INFO(fixed.out);
  CHECK(fixed.code == 0);
  CHECK(contains(fixed.out, "1 baseline entry no longer occurs"));
  CHECK(contains(fixed.out, baseline["findings"][0]["fingerprint"].get<std::string>()));
  CHECK(nlohmann::json::parse(check(repo, {"--format", "json"}).out)["summary"]["baseline_stale"] ==
        1);

  // A missing baseline file is an error that names it (exit 2).
  const Proc missing = check(repo, {"--baseline", "nope.json"});
  CHECK(missing.code == 2);
  CHECK(contains(missing.err, "nope.json"));
}

TEST_CASE("gate: a suppression with a reason passes; an unused one is reported", "[gating]") {
  const TempRepo repo("gate_suppress");
  seed(repo);
  // The comment goes directly above the line where the finding starts.
  std::string sql = kGate.migration;
  std::size_t at = 0;
  for (std::uint32_t line = 1; line < kGate.line; ++line) {
    at = sql.find('\n', at) + 1;
  }
  sql.insert(at, std::string("  -- ddlint-disable-next-line ") + kGate.rule +
                     " -- the orders service checks this itself\n");
  repo.write(kNewMigration, sql);
  const Proc suppressed = check(repo, {});
  INFO(suppressed.out << suppressed.err);
  CHECK(suppressed.code == 0);
  CHECK(contains(suppressed.out, "1 finding suppressed by comments"));
  CHECK_FALSE(contains(suppressed.out, "unused-suppression"));

  repo.write("db/migrations/V4__index.sql",
             std::string("-- ddlint-disable-next-line ") + kGate.rule +
                 " -- left over\nCREATE INDEX orders_id_idx ON orders (id);\n");
  const Proc unused = check(repo, {"--format", "json"});
  INFO(unused.out << unused.err);
  CHECK(unused.code == 0); // info does not fail --fail-on warning
  const auto j = nlohmann::json::parse(unused.out);
  REQUIRE(j["findings"].size() == 1);
  CHECK(j["findings"][0]["rule"] == "unused-suppression");
  CHECK(j["findings"][0]["location"]["file"] == "db/migrations/V4__index.sql");
  CHECK(j["findings"][0]["location"]["line"] == 1);
  CHECK(check(repo, {}, {}, "info").code == 1);
}

TEST_CASE("--changed-since reports only the new file's findings, with earlier files as context",
          "[gating]") {
  const TempRepo repo("gate_changed");
  seed(repo);
  // An old problem on main that the pull request does not touch.
  repo.write("db/migrations/V2b__legacy.sql", "CREATE TABLE legacy (id int, id int);\n");
  repo.commit("legacy");
  repo.git({"checkout", "-q", "-b", "feature"});
  repo.write(kNewMigration, kGate.migration);
  repo.commit("add the foreign key");

  const Proc all = check(repo, {"--rule", "semantic-error", "--format", "json"});
  const auto all_json = nlohmann::json::parse(all.out);
  CHECK(all_json["summary"]["findings"].get<int>() >= 2);

  const Proc scoped =
      check(repo, {"--rule", "semantic-error", "--changed-since", "main", "--format", "json"});
  INFO(scoped.out << scoped.err);
  CHECK(scoped.code == 1);
  const auto j = nlohmann::json::parse(scoped.out);
  for (const auto& f : j["findings"]) {
    CHECK(f["location"]["file"] == kNewMigration);
  }
  CHECK(j["findings"].size() >= 1);
  // orders and clients come from V1/V2, which did not change: no undefined-object.
  CHECK_FALSE(contains(scoped.out, "undefined-object"));
  const Proc text = check(repo, {"--rule", "semantic-error", "--changed-since", "main"});
  CHECK(contains(text.out, "outside the changed files not reported"));
  CHECK(contains(text.out, "reporting findings in 1 changed file (since main)"));
}

TEST_CASE("changed files: committed, staged, unstaged and untracked changes", "[gating]") {
  const TempRepo repo("gate_modes");
  seed(repo);
  const std::string bad = "CREATE TABLE broken (id int, id int);\n";
  auto files_of = [&](const std::vector<std::string>& scope) {
    std::vector<std::string> args = {"check",    "db/migrations", "--rule",    "semantic-error",
                                     "--format", "json",          "--fail-on", "never"};
    args.insert(args.end(), scope.begin(), scope.end());
    const Proc r = repo.ddlint(args);
    INFO(r.out << r.err);
    REQUIRE(r.code == 0);
    std::vector<std::string> files;
    const auto report = nlohmann::json::parse(r.out);
    for (const auto& f : report["findings"]) {
      files.push_back(f["location"]["file"].get<std::string>());
    }
    return files;
  };
  using V = std::vector<std::string>;

  SECTION("a committed change on a branch") {
    repo.git({"checkout", "-q", "-b", "feature"});
    repo.write("db/migrations/V3__committed.sql", bad);
    repo.commit("committed");
    CHECK(files_of({"--changed-since", "main"}) == V{"db/migrations/V3__committed.sql"});
    CHECK(files_of({"--changed-since", "HEAD"}).empty());
    CHECK(files_of({"--staged"}).empty());
    // Later commits on main do not widen the scope: the merge base is what counts.
    repo.git({"checkout", "-q", "main"});
    repo.write("db/migrations/V4__main_only.sql", bad);
    repo.commit("main moves on");
    repo.git({"checkout", "-q", "feature"});
    CHECK(files_of({"--changed-since", "main"}) == V{"db/migrations/V3__committed.sql"});
  }
  SECTION("a staged new file") {
    repo.write("db/migrations/V3__staged.sql", bad);
    repo.git({"add", "db/migrations/V3__staged.sql"});
    CHECK(files_of({"--changed-since", "HEAD"}) == V{"db/migrations/V3__staged.sql"});
    CHECK(files_of({"--staged"}) == V{"db/migrations/V3__staged.sql"});
  }
  SECTION("an unstaged edit") {
    repo.write("db/migrations/V2__orders.sql",
               "CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint NOT NULL);\n" + bad);
    CHECK(files_of({"--changed-since", "HEAD"}) == V{"db/migrations/V2__orders.sql"});
    CHECK(files_of({"--staged"}).empty());
  }
  SECTION("an untracked file") {
    repo.write("db/migrations/V3__untracked.sql", bad);
    CHECK(files_of({"--changed-since", "HEAD"}) == V{"db/migrations/V3__untracked.sql"});
    CHECK(files_of({"--staged"}).empty());
    // Ignored files are not changes (but still build the schema). Another table: a second
    // `broken` would be about the table the untracked file creates, and so in scope.
    repo.write(".gitignore", "V9__*.sql\n");
    repo.write("db/migrations/V9__ignored.sql", "CREATE TABLE ignored (id int, id int);\n");
    CHECK(files_of({"--changed-since", "HEAD"}) == V{"db/migrations/V3__untracked.sql"});
  }
  SECTION("a finding in an old file whose related statement changed") {
    // V1 references a table that the new migration creates too late: the finding sits in V1,
    // its related location (the CREATE) in the changed file.
    repo.write("db/migrations/V1__clients.sql",
               "CREATE TABLE clients (id bigint PRIMARY KEY, email text NOT NULL);\n"
               "CREATE TABLE notes (id int PRIMARY KEY, region_id int REFERENCES regions (id));\n");
    repo.commit("notes");
    repo.write("db/migrations/V3__regions.sql", "CREATE TABLE regions (id int PRIMARY KEY);\n");
    const Proc r = repo.ddlint({"check", "db/migrations", "--rule", "forward-reference",
                                "--changed-since", "HEAD", "--format", "json"});
    INFO(r.out << r.err);
    CHECK(r.code == 1);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["findings"].size() == 1);
    CHECK(j["findings"][0]["location"]["file"] == "db/migrations/V1__clients.sql");
  }
}

TEST_CASE("changed files: a table created in an old file and altered in a changed one",
          "[gating]") {
  // The finding sits at the CREATE in the unchanged file; the ALTER in the changed file changes
  // the table it is about, so it is in scope. A table the change does not touch stays out.
  const TempRepo repo("gate_altered");
  repo.write("db/migrations/V1__nopk.sql",
             "CREATE TABLE nopk (x int);\nCREATE TABLE untouched (x int);\n");
  repo.commit("V1");
  const std::string alter = "ALTER TABLE nopk ADD COLUMN y int;\n";
  auto tables_of = [&](const std::vector<std::string>& scope) {
    std::vector<std::string> args = {"check",    "db/migrations", "--rule",    "no-primary-key",
                                     "--format", "json",          "--fail-on", "never"};
    args.insert(args.end(), scope.begin(), scope.end());
    const Proc r = repo.ddlint(args);
    INFO(r.out << r.err);
    REQUIRE(r.code == 0);
    std::vector<std::string> tables;
    const auto report = nlohmann::json::parse(r.out);
    for (const auto& f : report["findings"]) {
      CHECK(f["location"]["file"] == "db/migrations/V1__nopk.sql");
      tables.push_back(f["object"]["table"].get<std::string>());
    }
    std::sort(tables.begin(), tables.end());
    return tables;
  };
  using V = std::vector<std::string>;
  CHECK(tables_of({}) == V{"nopk", "untouched"});
  CHECK(tables_of({"--changed-since", "HEAD"}).empty());

  SECTION("committed on a branch") {
    repo.git({"checkout", "-q", "-b", "feature"});
    repo.write("db/migrations/V2__alter.sql", alter);
    repo.commit("V2");
    CHECK(tables_of({"--changed-since", "main"}) == V{"nopk"});
    CHECK(tables_of({"--changed-since", "HEAD"}).empty());
  }
  SECTION("staged") {
    repo.write("db/migrations/V2__alter.sql", alter);
    repo.git({"add", "db/migrations/V2__alter.sql"});
    CHECK(tables_of({"--staged"}) == V{"nopk"});
    CHECK(tables_of({"--changed-since", "HEAD"}) == V{"nopk"});
  }
  SECTION("untracked") {
    repo.write("db/migrations/V2__alter.sql", alter);
    CHECK(tables_of({"--changed-since", "HEAD"}) == V{"nopk"});
    CHECK(tables_of({"--staged"}).empty());
  }
  SECTION("an unstaged edit of the old file that alters the table") {
    repo.write("db/migrations/V1__nopk.sql",
               "CREATE TABLE nopk (x int);\nCREATE TABLE untouched (x int);\n" + alter);
    CHECK(tables_of({"--changed-since", "HEAD"}) == V{"nopk", "untouched"});
  }
}

TEST_CASE("temporary repositories are unique and ignore the caller's git environment", "[gating]") {
  const TempRepo outer("gate_outer");
  outer.write("a.txt", "outer\n");
  outer.commit("outer");
  const std::string outer_head = outer.git({"rev-parse", "HEAD"});
  {
    // A git hook runs with GIT_DIR and GIT_INDEX_FILE of the repository being committed to.
    const std::string git_dir = (outer.path() / ".git").string();
    const std::string index = (outer.path() / ".git" / "index").string();
    ::setenv("GIT_DIR", git_dir.c_str(), 1);
    ::setenv("GIT_INDEX_FILE", index.c_str(), 1);
    ::setenv("GIT_WORK_TREE", outer.path().c_str(), 1);
    const TempRepo inner("gate_outer");
    CHECK(inner.path() != outer.path());
    inner.write("b.txt", "inner\n");
    inner.commit("inner");
    ::unsetenv("GIT_DIR");
    ::unsetenv("GIT_INDEX_FILE");
    ::unsetenv("GIT_WORK_TREE");
    CHECK(inner.git({"log", "--format=%s"}) == "inner\n");
    CHECK(inner.git({"config", "user.email"}) == "tests@ddlint.invalid\n");
  }
  // Nothing reached the outer repository, and removing `inner` left it in place.
  CHECK(outer.git({"rev-parse", "HEAD"}) == outer_head);
  CHECK(outer.git({"log", "--format=%s"}) == "outer\n");
  CHECK(outer.git({"status", "--porcelain"}).empty());
  CHECK(std::filesystem::exists(outer.path() / "a.txt"));
}

TEST_CASE("changed-files mode: errors and a repository without commits", "[gating]") {
  const ddlint::test::TempDir plain("gate_nogit");
  plain.write("a.sql", "CREATE TABLE t (id int);\n");
  const Proc nogit = plain.ddlint({"check", "a.sql", "--changed-since", "main"});
  CHECK(nogit.code == 2);
  CHECK(contains(nogit.err, "git repository"));

  const TempRepo repo("gate_fresh");
  repo.write("db/migrations/V1__a.sql", "CREATE TABLE a (id int, id int);\n");
  repo.write("db/migrations/V2__b.sql", "CREATE TABLE b (id int, id int);\n");
  repo.git({"add", "db/migrations/V1__a.sql"});
  const Proc staged = repo.ddlint(
      {"check", "db/migrations", "--rule", "semantic-error", "--staged", "--format", "json"});
  INFO(staged.err);
  CHECK(staged.code == 1);
  const auto j = nlohmann::json::parse(staged.out);
  REQUIRE(j["findings"].size() == 1);
  CHECK(j["findings"][0]["location"]["file"] == "db/migrations/V1__a.sql");
  // No HEAD yet (a hook on the first commit): every file is new.
  const Proc since = repo.ddlint({"check", "db/migrations", "--rule", "semantic-error",
                                  "--changed-since", "HEAD", "--format", "json"});
  INFO(since.err);
  CHECK(since.code == 1);
  CHECK(nlohmann::json::parse(since.out)["findings"].size() == 2);
  repo.commit("first");
  const Proc unknown = repo.ddlint({"check", "db/migrations", "--changed-since", "no-such-rev"});
  CHECK(unknown.code == 2);
  CHECK(contains(unknown.err, "no-such-rev"));
  const Proc both = repo.ddlint({"check", "db/migrations", "--changed-since", "HEAD", "--staged"});
  CHECK(both.code == 2);
}
