// The filter stage in-process: suppression comments, baselines, the changed-files scope, and
// fingerprints that do not depend on where a definition is written.
#include "engine/engine.h"
#include "engine/filters.h"
#include "source/git.h"
#include "support/temp_repo.h"
#include "suppress/baseline.h"
#include "suppress/comments.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace ddlint;
using ddlint::test::TempDir;

namespace {

struct Run {
  RunInputs inputs;
  std::vector<Finding> findings;
  engine::FilterStats stats;
};

// Lints files given as (path, text) with `only` rules and every filter but scope/baseline.
Run lint(const std::vector<std::pair<std::string, std::string>>& files,
         const std::vector<std::string>& only, std::optional<suppress::Baseline> baseline = {}) {
  Run r;
  for (const auto& [path, text] : files) {
    FileInput f;
    f.path = path;
    f.content = text;
    r.inputs.files.push_back(std::move(f));
  }
  const Config cfg = default_config();
  const catalog::Catalog cat = engine::build_catalog(r.inputs, 1);
  r.findings = engine::run_rules(cat, r.inputs, cfg, only, 1);
  engine::FilterOptions fo;
  fo.ran = engine::selected_rules(cfg, only);
  fo.baseline = std::move(baseline);
  r.stats = engine::apply_filters(r.findings, r.inputs, cfg, fo);
  engine::sort_findings(r.findings);
  return r;
}

std::vector<std::string> fingerprints(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    out.push_back(f.rule + " " + f.fingerprint.str());
  }
  std::sort(out.begin(), out.end());
  return out;
}

const std::vector<std::string> kRules = {"semantic-error",     "syntax-error",
                                         "forward-reference",  "undefined-object",
                                         "unused-suppression", "invalid-suppression"};

} // namespace

TEST_CASE("suppression comments are parsed with ids, reasons and ranges", "[suppress]") {
  RunInputs in;
  FileInput f;
  f.path = "a.sql";
  f.content = "-- ddlint-disable-next-line semantic-error, syntax-error -- because\r\n"
              "\r\n"
              "CREATE TABLE t (id int);\r\n"
              "/* ddlint-disable-file undefined-object */\n"
              "-- ddlint-disable forward-reference\n"
              "SELECT 1;\n"
              "-- ddlint-enable forward-reference\n";
  f.comments = parse::split(f.content).comments;
  in.files.push_back(f);
  const suppress::Parsed p = suppress::parse(in);
  CHECK(p.problems.empty());
  REQUIRE(p.suppressions.size() == 3);
  const suppress::Suppression& next = p.suppressions[0];
  CHECK(next.scope == suppress::Scope::NextLine);
  CHECK(next.reason == "because");
  REQUIRE(next.entries.size() == 2);
  CHECK(next.entries[0].rule == "semantic-error");
  CHECK(next.entries[1].rule == "syntax-error");
  // CRLF and a blank line: the covered line is "CREATE TABLE t (id int);".
  const std::string_view covered = std::string_view(f.content).substr(
      next.entries[0].begin, next.entries[0].end - next.entries[0].begin);
  CHECK(covered == "CREATE TABLE t (id int);");
  CHECK(std::string_view(f.content).substr(next.entries[1].at.begin, 12) == "syntax-error");
  CHECK(p.suppressions[1].scope == suppress::Scope::File);
  CHECK(p.suppressions[1].entries[0].begin == 0);
  const suppress::Suppression& region = p.suppressions[2];
  CHECK(region.scope == suppress::Scope::Region);
  const std::string_view body = std::string_view(f.content).substr(
      region.entries[0].begin, region.entries[0].end - region.entries[0].begin);
  CHECK(body == "\nSELECT 1;\n");
}

TEST_CASE("suppressions: used, unused, and rules that did not run", "[suppress]") {
  const Run r = lint({{"a.sql", "-- ddlint-disable-next-line semantic-error -- known\n"
                                "CREATE TABLE t (id int, id int);\n"
                                "-- ddlint-disable-next-line semantic-error\n"
                                "CREATE TABLE u (id int);\n"}},
                     {"semantic-error", "unused-suppression"});
  CHECK(r.stats.suppressed == 1);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "unused-suppression");
  CHECK(r.findings[0].severity == Severity::Info);
  CHECK(r.findings[0].category == Category::Meta);
  CHECK(r.findings[0].fingerprint.size() == 16);
  // Without semantic-error in the run, its suppressions are not judged.
  const Run narrowed = lint({{"a.sql", "-- ddlint-disable-next-line semantic-error\n"
                                       "CREATE TABLE u (id int);\n"}},
                            {"unused-suppression"});
  CHECK(narrowed.findings.empty());
  // Without unused-suppression in the run, nothing is reported either.
  const Run off = lint({{"a.sql", "-- ddlint-disable-next-line semantic-error\n"
                                  "CREATE TABLE u (id int);\n"}},
                       {"semantic-error"});
  CHECK(off.findings.empty());
}

TEST_CASE("fingerprints survive moving a definition to another migration", "[suppress]") {
  const std::string a = "CREATE TABLE clients (id bigint PRIMARY KEY, email text);\n";
  const std::string b = "CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint,\n"
                        "  CONSTRAINT fk FOREIGN KEY (client_id) REFERENCES clients (email));\n"
                        "CREATE TABLE dup (id int, id int);\n"
                        "CREATE TABLE (;\n";
  const Run first = lint({{"V1__clients.sql", a}, {"V2__orders.sql", b}}, kRules);
  REQUIRE(first.findings.size() >= 3);
  // One file, other names, lines and blank lines moved around.
  const Run moved =
      lint({{"db/0001_all.sql", "-- everything in one place\n\n" + a + "\n\n\n" + b}}, kRules);
  CHECK(fingerprints(first.findings) == fingerprints(moved.findings));

  // So a baseline written from the first layout accepts the second.
  const std::string text = suppress::write_baseline(first.findings);
  const TempDir dir("suppress_baseline");
  dir.write("b.json", text);
  const suppress::Baseline bl = suppress::read_baseline((dir.path() / "b.json").string());
  CHECK(bl.entries.size() == first.findings.size());
  const Run accepted =
      lint({{"db/0001_all.sql", "-- everything in one place\n\n" + a + "\n\n\n" + b}}, kRules, bl);
  CHECK(accepted.findings.empty());
  CHECK(accepted.stats.baselined == first.findings.size());
  CHECK(accepted.stats.stale_baseline.empty());
}

TEST_CASE("baseline files: sorted, reviewable, a multiset, stale entries", "[suppress]") {
  Finding f1;
  f1.rule = "semantic-error";
  f1.object.schema = "public";
  f1.object.table = "zeta";
  f1.message = "z";
  f1.fingerprint = "00000000000000aa";
  Finding f2 = f1;
  f2.object.table = "alpha";
  f2.fingerprint = "00000000000000bb";
  Finding f3 = f2; // the same problem twice (e.g. two identical syntax errors)
  const std::string text = suppress::write_baseline({f1, f2, f3});
  const auto j = nlohmann::json::parse(text);
  REQUIRE(j["findings"].size() == 3);
  CHECK(j["findings"][0]["object"] == "public.alpha");
  CHECK(j["findings"][2]["object"] == "public.zeta");
  CHECK(j["findings"][0]["message"] == "z");
  CHECK(j["version"] == 1);

  suppress::Baseline bl;
  bl.entries = {{"00000000000000bb", "semantic-error", "public.alpha", "z"},
                {"00000000000000cc", "syntax-error", "", "gone"}};
  std::vector<Finding> findings = {f2, f3, f1};
  const suppress::BaselineOutcome out = suppress::apply_baseline(findings, bl);
  CHECK(out.baselined == 1); // listed once: accepts one of the two
  CHECK(findings.size() == 2);
  REQUIRE(out.stale.size() == 1);
  CHECK(out.stale[0].fingerprint == "00000000000000cc");

  const TempDir dir("suppress_badbaseline");
  CHECK_THROWS_WITH(suppress::read_baseline((dir.path() / "missing.json").string()),
                    Catch::Contains("missing.json"));
  dir.write("bad.json", "{\"findings\": [{\"rule\": \"x\"}]}");
  CHECK_THROWS_WITH(suppress::read_baseline((dir.path() / "bad.json").string()),
                    Catch::Contains("bad.json: findings[0]"));
  dir.write("notjson.json", "[1,");
  CHECK_THROWS_WITH(suppress::read_baseline((dir.path() / "notjson.json").string()),
                    Catch::Contains("invalid JSON"));
}

TEST_CASE("changed-files scope keeps findings by location or related location", "[suppress]") {
  const TempDir dir("suppress_scope");
  dir.write("V1.sql", "CREATE TABLE a (id int PRIMARY KEY, r int REFERENCES later (id));\n"
                      "CREATE TABLE d (id int, id int);\n");
  dir.write("V2.sql", "CREATE TABLE later (id int PRIMARY KEY);\nCREATE TABLE e (x int, x int);\n");
  RunInputs in;
  engine::load_sources({dir.path().string()}, default_config(), in);
  const catalog::Catalog cat = engine::build_catalog(in, 1);
  std::vector<Finding> findings =
      engine::run_rules(cat, in, default_config(), {"semantic-error", "forward-reference"}, 1);
  REQUIRE(findings.size() == 3);
  const std::string v2 = source::canonical_path((dir.path() / "V2.sql").string());
  const std::uint32_t removed = engine::keep_in_scope(findings, in, {v2});
  CHECK(removed == 1); // d's duplicate column in V1
  REQUIRE(findings.size() == 2);
  for (const Finding& f : findings) {
    const bool in_v2 = in.files[f.loc.file].path.ends_with("V2.sql");
    CHECK((in_v2 || f.rule == "forward-reference")); // V1's forward reference relates to V2
  }
}

TEST_CASE("stale baseline entries are reported only for rules that ran", "[suppress]") {
  suppress::Baseline bl;
  bl.entries = {{"00000000000000aa", "syntax-error", "", "gone"},
                {"00000000000000bb", "semantic-error", "public.t", "gone too"}};
  const Run r = lint({{"a.sql", "CREATE TABLE t (id int);\n"}}, {"semantic-error"}, bl);
  CHECK(r.stats.baseline_used);
  CHECK(r.stats.baselined == 0);
  REQUIRE(r.stats.stale_baseline.size() == 1);
  CHECK(r.stats.stale_baseline[0].rule == "semantic-error");
}

TEST_CASE("config ignore entries match rule, schema, table, column and file globs", "[suppress]") {
  RunInputs in;
  for (const char* path : {"db/V1.sql", "vendor/x.sql"}) {
    FileInput f;
    f.path = path;
    f.content = "CREATE TABLE t_orders (id int, id int);\nCREATE TABLE items (sku int, sku int);\n";
    in.files.push_back(std::move(f));
  }
  in.files[1].content = "CREATE SCHEMA app;\nCREATE TABLE app.z (q int, q int);\n";
  const catalog::Catalog cat = engine::build_catalog(in, 1);
  auto count_after = [&](const char* json) {
    const Config cfg = parse_config(json, "<test>", ".");
    std::vector<Finding> findings = engine::run_rules(cat, in, cfg, {"semantic-error"}, 1);
    const std::uint32_t removed = engine::apply_ignores(findings, in, cfg);
    return std::make_pair(findings.size(), removed);
  };
  CHECK(count_after("{}") == std::make_pair(std::size_t{3}, 0U));
  CHECK(count_after(R"({"ignore": [{"rule": "semantic-*"}]})") ==
        std::make_pair(std::size_t{0}, 3U));
  CHECK(count_after(R"({"ignore": [{"table": "t_*"}]})") == std::make_pair(std::size_t{2}, 1U));
  CHECK(count_after(R"({"ignore": [{"table": "public.items"}]})") ==
        std::make_pair(std::size_t{2}, 1U));
  CHECK(count_after(R"({"ignore": [{"schema": "app"}]})") == std::make_pair(std::size_t{2}, 1U));
  CHECK(count_after(R"({"ignore": [{"column": "sku"}]})") == std::make_pair(std::size_t{2}, 1U));
  CHECK(count_after(R"({"ignore": [{"file": "vendor/**"}]})") ==
        std::make_pair(std::size_t{2}, 1U));
  // Every given key must match.
  CHECK(count_after(R"({"ignore": [{"rule": "syntax-error", "table": "t_*"}]})") ==
        std::make_pair(std::size_t{3}, 0U));
}

TEST_CASE("any_directive finds suppression comments, well formed or not, and nothing else",
          "[suppress]") {
  const auto comments_of = [](const std::string& sql) { return parse::split(sql).comments; };
  const std::string with = "CREATE TABLE a (id int); -- ddlint-disable-next-line some-rule\n";
  CHECK(suppress::any_directive(with, comments_of(with)));
  const std::string block = "/* ddlint-disable */ CREATE TABLE a (id int);\n";
  CHECK(suppress::any_directive(block, comments_of(block)));
  const std::string junk = "-- ddlint-disabel typo\nCREATE TABLE a (id int);\n";
  CHECK(suppress::any_directive(junk, comments_of(junk))); // reported as invalid-suppression
  const std::string plain = "-- the orders table\nCREATE TABLE a (id int); /* ddlint */\n";
  CHECK_FALSE(suppress::any_directive(plain, comments_of(plain)));
  const std::string none = "CREATE TABLE a (id int);\n";
  CHECK_FALSE(suppress::any_directive(none, comments_of(none)));
}
