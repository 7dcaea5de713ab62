// `ddlint fix` proven on a real PostgreSQL 15 (issue 10): for every fixture case, the examples
// and the corpus entries that load into PostgreSQL 15, lint with every rule, write the migration,
// load the schema into a throwaway database, apply the migration with psql -v ON_ERROR_STOP=1,
// and lint the inputs plus the migration again: none of the fixed findings may remain. Cases that
// PostgreSQL itself rejects (intentional errors) are skipped, as in the parity tests.
#include "base/files.h"
#include "engine/engine.h"
#include "engine/filters.h"
#include "fix/migration.h"
#include "live/parity.h"
#include "rules/registry.h"
#include "support/fixture_runner.h"
#include "support/pg_cluster.h"
#include "support/temp_repo.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <set>

using namespace ddlint;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> every_rule() {
  std::vector<std::string> ids;
  for (const rules::Rule* r : rules::all()) {
    ids.emplace_back(r->meta().id);
  }
  return ids;
}

// The engine's pipeline on `inputs` with every rule: findings filtered (suppressions, config
// ignore) and sorted.
std::vector<Finding> lint(RunInputs& inputs, const Config& cfg) {
  const std::vector<std::string> rules = every_rule();
  const catalog::Catalog cat = engine::build_catalog(inputs, 0);
  std::vector<Finding> findings = engine::run_rules(cat, inputs, cfg, rules, 0);
  engine::FilterOptions fo;
  fo.ran = rules;
  engine::apply_filters(findings, inputs, cfg, fo);
  engine::sort_findings(findings);
  return findings;
}

struct Proof {
  bool loaded = false;      // PostgreSQL accepted the inputs
  std::string skip_reason;  // when not loaded
  std::size_t fixes = 0;    // distinct fixes applied
  std::size_t findings = 0; // findings they fix
  std::vector<std::string> problems;
  double apply_ms = 0;
};

std::string lines(const std::vector<std::string>& v, std::size_t max = 40) {
  std::string out;
  for (std::size_t i = 0; i < v.size() && i < max; ++i) {
    out += "  " + v[i] + "\n";
  }
  if (v.size() > max) {
    out += "  ... and " + std::to_string(v.size() - max) + " more\n";
  }
  return out;
}

Proof prove(test::PgCluster& pg, test::ParityInput in) {
  Proof proof;
  RunInputs inputs = test::parity_inputs(in);
  const std::vector<Finding> before = lint(inputs, in.config);
  fix::MigrationOptions mo;
  mo.version = "proof";
  const fix::Migration m = fix::build_migration(before, inputs, mo);
  proof.fixes = m.fixes;
  proof.findings = m.findings;

  test::LoadResult load = test::load_inputs(pg, in, inputs);
  if (!load.loaded && test::needs_supabase(load.psql_output)) {
    pg.drop_database(load.database);
    test::add_supabase(in);
    inputs = test::parity_inputs(in);
    load = test::load_inputs(pg, in, inputs);
  }
  if (!load.loaded) {
    std::vector<std::string> ddlint_problems;
    for (const FileInput& f : inputs.files) {
      for (const auto& e : f.errors) {
        ddlint_problems.push_back(f.path + ": " + e.message);
      }
    }
    const catalog::Catalog cat = engine::build_catalog(inputs, 0);
    for (const auto& p : cat.problems()) {
      ddlint_problems.push_back(p.message);
    }
    proof.skip_reason = test::rejection_reason(ddlint_problems, load.psql_output, in.config);
    if (proof.skip_reason.empty()) {
      proof.problems.push_back("PostgreSQL rejected " + load.rejected_file +
                               " but ddlint reported no problem:\n" + load.psql_output);
    }
    pg.drop_database(load.database);
    return proof;
  }
  proof.loaded = true;
  if (m.fixes > 0) {
    const fs::path file = fs::path(DDLINT_BUILD_DIR) / "fix-proof" / (load.database + ".fix.sql");
    fs::create_directories(file.parent_path());
    files::write(file.string(), m.sql);
    const auto t0 = std::chrono::steady_clock::now();
    const test::CommandResult r = pg.psql_file(load.database, file.string(), true);
    proof.apply_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (r.code != 0) {
      proof.problems.push_back("the migration " + file.string() +
                               " does not apply (psql -v ON_ERROR_STOP=1):\n" + r.output);
    } else {
      fs::remove(file);
    }
    // Lint the inputs plus the migration: every fixed finding is gone.
    RunInputs again = test::parity_inputs(in);
    FileInput f;
    f.path = "ddlint-fix.sql";
    f.content = m.sql;
    again.files.push_back(std::move(f));
    const std::vector<Finding> after = lint(again, in.config);
    std::set<std::string> remaining;
    for (const Finding& g : after) {
      remaining.insert(g.rule + "/" + g.fingerprint.str());
      if (g.loc.file == again.files.size() - 1 && g.rule == "syntax-error") {
        proof.problems.push_back("the migration does not parse: " + g.message);
      }
    }
    const std::set<std::string> fixed(m.fixed.begin(), m.fixed.end());
    for (const Finding& g : before) {
      if (fixed.contains(g.fingerprint.str()) &&
          remaining.contains(g.rule + "/" + g.fingerprint.str())) {
        proof.problems.push_back("still reported after the migration: " + g.rule + " " +
                                 g.object.display() + ": " + g.message);
      }
    }
  }
  pg.drop_database(load.database);
  return proof;
}

test::PgCluster* cluster() {
  std::string why;
  test::PgCluster* pg = test::PgCluster::shared(&why);
  if (pg == nullptr) {
    WARN("skipped: " << why);
  }
  return pg;
}

} // namespace

TEST_CASE("fix proof: fixture cases and examples on PostgreSQL 15", "[live-fix]") {
  test::PgCluster* pg = cluster();
  if (pg == nullptr) {
    return;
  }
  std::vector<std::pair<std::string, test::ParityInput>> cases;
  for (const test::Fixture& fx : test::find_fixtures(DDLINT_TESTS_DIR "/rules")) {
    test::ParityInput in;
    in.name = fs::path(fx.path).stem().string();
    in.paths = test::fixture_paths(fx);
    in.config = test::fixture_config(fx);
    cases.emplace_back(fx.display_path(), std::move(in));
  }
  for (const char* dir : {DDLINT_TESTS_DIR "/fix/basic", DDLINT_TESTS_DIR "/report/compliance"}) {
    test::ParityInput in;
    in.name = fs::path(dir).filename().string();
    in.paths = {dir};
    cases.emplace_back(dir, std::move(in));
  }
  {
    test::ParityInput in;
    in.name = "examples";
    in.paths = {DDLINT_SOURCE_DIR "/examples/migrations"};
    in.config = load_config(std::string(DDLINT_SOURCE_DIR "/examples/.ddlint.json"), ".");
    cases.emplace_back("examples", std::move(in));
  }
  std::size_t applied = 0;
  std::size_t fixes = 0;
  std::size_t findings = 0;
  std::vector<std::string> skipped;
  for (auto& [name, in] : cases) {
    INFO("case: " << name);
    const Proof p = prove(*pg, in);
    if (!p.loaded) {
      if (!p.skip_reason.empty()) {
        skipped.push_back(name + ": " + p.skip_reason);
      }
    } else if (p.fixes > 0) {
      ++applied;
      fixes += p.fixes;
      findings += p.findings;
    }
    for (const std::string& problem : p.problems) {
      FAIL_CHECK(problem);
    }
  }
  WARN(applied << " migrations with " << fixes << " fixes (for " << findings
               << " findings) applied to PostgreSQL and re-checked; " << skipped.size()
               << " cases PostgreSQL rejects (intentional errors) skipped:\n"
               << lines(skipped));
  CHECK(applied > 20);
}

// An enum used by more columns than the fix lists one by one: the fix is a DO block that finds
// the columns in the database. Proven on PostgreSQL: plain and array columns, literal defaults,
// a partitioned table (its partition follows the parent), names that need quoting and a value
// with a quote; afterwards no column has the type, the type is gone, the CHECKs reject an
// unknown value, and the defaults still hold.
TEST_CASE("fix proof: an enum used by many columns is migrated by a DO block", "[live-fix]") {
  test::PgCluster* pg = cluster();
  if (pg == nullptr) {
    return;
  }
  const test::TempDir dir("fix_enum_many");
  std::string sql = "CREATE TYPE state AS ENUM ('new', 'done', 'it''s');\n"
                    "CREATE SCHEMA \"Odd\";\n"
                    "CREATE TABLE \"Odd\".\"Mixed Case\" (\"State\" state DEFAULT 'done');\n"
                    "CREATE TABLE parted (id bigint, s state NOT NULL DEFAULT 'new') "
                    "PARTITION BY RANGE (id);\n"
                    "CREATE TABLE parted_1 PARTITION OF parted FOR VALUES FROM (0) TO (100);\n";
  for (int i = 0; i < 110; ++i) {
    sql += "CREATE TABLE t" + std::to_string(i) + " (id bigint PRIMARY KEY, s state" +
           (i % 2 == 0 ? " NOT NULL DEFAULT 'new'" : "") + ", h state[]);\n";
  }
  dir.write("V1__enum.sql", sql);
  test::ParityInput in;
  in.name = "enum_many";
  in.paths = {dir.path().string()};
  RunInputs inputs = test::parity_inputs(in);
  const std::vector<Finding> before = lint(inputs, in.config);
  const auto enum_finding = std::find_if(before.begin(), before.end(),
                                         [](const Finding& f) { return f.rule == "enum-type"; });
  REQUIRE(enum_finding != before.end());
  REQUIRE(enum_finding->fix.has_value());
  const std::string& fix_sql = *enum_finding->fix;
  CHECK(fix_sql.starts_with("DO $ddlint$\n"));
  CHECK(fix_sql.ends_with("$ddlint$;\nDROP TYPE public.state;"));
  CHECK(fix_sql.size() < 4096); // 222 columns listed would be some 50 kB

  const test::LoadResult load = test::load_inputs(*pg, in, inputs);
  REQUIRE(load.loaded);
  const fs::path file = dir.path() / "fix.sql";
  files::write(file.string(), fix_sql + "\n");
  const test::CommandResult r = pg->psql_file(load.database, file.string(), true);
  INFO(r.output);
  REQUIRE(r.code == 0);
  auto query = [&](const std::string& q) {
    const test::CommandResult out =
        pg->psql(load.database, "SELECT 'result=' || (" + q + ")", true);
    INFO(out.output);
    REQUIRE(out.code == 0);
    const auto at = out.output.find("result=");
    REQUIRE(at != std::string::npos);
    return out.output.substr(at + 7, out.output.find_first_of(" \n", at) - at - 7);
  };
  CHECK(query("to_regtype('public.state') IS NULL") == "true");
  // 110 plain + 110 array + "Odd"."Mixed Case" + parted (its partition inherits it).
  CHECK(query("SELECT count(*) FROM pg_constraint WHERE contype = 'c' AND conislocal "
              "AND conrelid <> 0") == "222");
  CHECK(query("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
              "WHERE attrelid = 't3'::regclass AND attname = 'h'") == "text[]");
  CHECK(query("SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef "
              "WHERE adrelid = '\"Odd\".\"Mixed Case\"'::regclass") == "'done'::text");
  pg->exec(load.database, "INSERT INTO t0 (id) VALUES (1); INSERT INTO parted (id) VALUES (5);"
                          "INSERT INTO t1 (id, s, h) VALUES (2, 'it''s', ARRAY['done'])");
  CHECK(query("SELECT s FROM parted_1 WHERE id = 5") == "new");
  CHECK_THROWS(pg->exec(load.database, "INSERT INTO t2 (id, s) VALUES (3, 'lost')"));
  CHECK_THROWS(pg->exec(load.database, "INSERT INTO t2 (id, h) VALUES (4, ARRAY['lost'])"));
  CHECK_THROWS(pg->exec(load.database, "INSERT INTO parted (id, s) VALUES (6, 'lost')"));
  pg->drop_database(load.database);
}

TEST_CASE("fix proof: corpus entries that load into PostgreSQL 15", "[live-fix-corpus]") {
  const fs::path dir = test::corpus_dir();
  if (!fs::is_directory(dir)) {
    WARN("corpus not found at " << dir.string() << "; skipped");
    return;
  }
  test::PgCluster* pg = cluster();
  if (pg == nullptr) {
    return;
  }
  const char* only = std::getenv("DDLINT_LIVE_CORPUS");
  const test::TempDir copies("fix_corpus"); // edited copies of corpus files
  std::string summary;
  for (const test::CorpusEntry& e : test::corpus_entries()) {
    if (only != nullptr && *only != '\0' && std::string(only) != e.name) {
      continue;
    }
    if (!fs::is_directory(dir / e.name)) {
      continue;
    }
    INFO("corpus entry: " << e.name);
    const Proof p = prove(*pg, test::corpus_input(dir.string(), e, copies.path().string()));
    if (!p.loaded) {
      FAIL_CHECK("PostgreSQL rejected the entry: " << p.skip_reason);
      continue;
    }
    for (const std::string& problem : p.problems) {
      FAIL_CHECK(problem);
    }
    summary += "  " + std::string(e.name) + ": " + std::to_string(p.fixes) + " fixes for " +
               std::to_string(p.findings) + " findings, applied in " +
               std::to_string(static_cast<int>(p.apply_ms)) + " ms\n";
  }
  WARN("fix migrations applied to the corpus:\n" << summary);
}
