// `ddlint fix` (src/fix/): where each fix goes in the migration, the migration's shape, a golden
// file for tests/fix/basic, and the fix property on the whole migration: linting the inputs plus
// the migration no longer reports any finding it fixed. (tests/live/test_fix_pg.cpp applies the
// migrations to a real PostgreSQL.)
#include "base/files.h"
#include "engine/engine.h"
#include "engine/filters.h"
#include "fix/migration.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <set>

using namespace ddlint;
namespace fs = std::filesystem;

namespace {

// Every rule on main that emits fixes when this was written (pinned: new rules must not change
// the golden file).
const std::vector<std::string> kFixRules = {
    "duplicate-foreign-key", "duplicate-index", "fk-missing-index",   "fk-type-mismatch",
    "missing-foreign-key",   "no-char-n",       "no-money-type",      "prefer-identity",
    "prefer-jsonb",          "prefer-text",     "prefer-timestamptz", "redundant-index"};

Finding with_fix(std::string rule, std::string fix, std::string table = "t") {
  Finding f;
  f.rule = std::move(rule);
  f.message = "finding of " + f.rule;
  f.object.schema = "public";
  f.object.table = std::move(table);
  f.fingerprint = make_fingerprint(f.rule, f.object, *f.fix);
  f.fix = std::move(fix);
  return f;
}

struct Lint {
  RunInputs inputs;
  catalog::Catalog catalog;
  std::vector<Finding> findings;
};

void lint(Lint& l, const std::vector<std::string>& paths, const std::string& extra = {}) {
  const Config cfg = default_config();
  engine::load_sources(paths, cfg, l.inputs);
  for (FileInput& f : l.inputs.files) {
    f.path = fs::path(f.path).lexically_relative(DDLINT_SOURCE_DIR).generic_string();
  }
  if (!extra.empty()) {
    FileInput f;
    f.path = "fix.sql";
    f.content = extra;
    l.inputs.files.push_back(std::move(f));
  }
  l.catalog = engine::build_catalog(l.inputs, 1);
  l.findings = engine::run_rules(l.catalog, l.inputs, cfg, kFixRules, 1);
  engine::FilterOptions fo;
  fo.ran = kFixRules;
  engine::apply_filters(l.findings, l.inputs, cfg, fo);
  engine::sort_findings(l.findings);
}

} // namespace

TEST_CASE("fix: where each fix goes", "[fix]") {
  using fix::Phase;
  auto phase = [](std::string_view sql) { return fix::analyse_fix(sql).phase; };
  CHECK(phase("CREATE INDEX CONCURRENTLY i ON t (a);") == Phase::Concurrent);
  CHECK(phase("create unique index concurrently i on t (a)") == Phase::Concurrent);
  CHECK(phase("DROP INDEX CONCURRENTLY public.i;") == Phase::Concurrent);
  CHECK(phase("CREATE INDEX i ON t (a);") == Phase::Indexes);
  CHECK(phase("DROP INDEX public.i;") == Phase::Drop);
  CHECK(phase("ALTER TABLE public.t DROP CONSTRAINT c;") == Phase::Drop);
  CHECK(phase("ALTER TABLE ONLY \"we.ird\".\"t\" DROP CONSTRAINT c;") == Phase::Drop);
  CHECK(phase("ALTER TABLE t ALTER COLUMN a DROP DEFAULT; DROP SEQUENCE s;") == Phase::Columns);
  CHECK(phase("ALTER TABLE t ALTER COLUMN a SET NOT NULL;") == Phase::Columns);
  CHECK(phase("ALTER TABLE t ALTER COLUMN a TYPE text;") == Phase::Types);
  CHECK(phase("ALTER TABLE t ALTER a SET DATA TYPE int8 USING a::int8;") == Phase::Types);
  CHECK(phase("ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;\n"
              "ALTER TABLE t VALIDATE CONSTRAINT c;") == Phase::Constraints);
  CHECK(phase("ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES u;") == Phase::Constraints);
  CHECK(phase("ALTER TABLE t ADD COLUMN a int;") == Phase::Columns);
  CHECK(phase("ALTER TABLE t ENABLE ROW LEVEL SECURITY;") == Phase::Security);
  CHECK(phase("ALTER TABLE t FORCE ROW LEVEL SECURITY;") == Phase::Security);
  CHECK(phase("CREATE POLICY p ON t USING (true);") == Phase::Security);
  CHECK(phase("ALTER FUNCTION f() SET search_path = pg_catalog;") == Phase::Security);
  CHECK(phase("ALTER TABLE t RENAME TO u;") == Phase::Renames);
  CHECK(phase("ALTER INDEX i RENAME TO j;") == Phase::Renames);
  CHECK(phase("ALTER TYPE e ADD VALUE 'x';") == Phase::Concurrent);
  CHECK(phase("COMMENT ON TABLE t IS 'x';") == Phase::Other);
  // A fix with one statement that cannot run in a transaction moves whole, in order.
  const fix::FixShape mixed = fix::analyse_fix(
      "CREATE UNIQUE INDEX CONCURRENTLY u ON t (a, b);\nALTER TABLE t ADD CONSTRAINT u UNIQUE "
      "USING INDEX u;");
  CHECK(mixed.phase == Phase::Concurrent);
  CHECK(mixed.first == Phase::Indexes);
  REQUIRE(mixed.statements.size() == 2);
  CHECK(mixed.statements[1] == "ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX u");
  // Keywords inside strings, comments and quoted names are not keywords.
  CHECK(phase("COMMENT ON INDEX i IS 'CONCURRENTLY';") == Phase::Other);
  CHECK(phase("COMMENT ON INDEX i IS E'it\\'s CONCURRENTLY';") == Phase::Other);
  CHECK(phase("COMMENT ON INDEX i IS $x$ CONCURRENTLY $x$;") == Phase::Other);
  CHECK(phase("CREATE INDEX \"concurrently\" ON t (a); -- CONCURRENTLY") == Phase::Indexes);
  CHECK(phase("CREATE INDEX i ON t (a) /* CONCURRENTLY */;") == Phase::Indexes);
  CHECK(phase("ALTER TABLE \"RENAME\" ALTER COLUMN a TYPE text;") == Phase::Types);
  // Comment lines before a statement stay with it (the guard above SET NOT NULL).
  const fix::FixShape guarded =
      fix::analyse_fix("-- check first: SELECT count(*) FROM t WHERE a IS NULL;\n"
                       "ALTER TABLE t ALTER COLUMN a SET NOT NULL; -- trailing\n"
                       "ALTER TABLE t ALTER COLUMN b /* inside */ SET NOT NULL;");
  REQUIRE(guarded.statements.size() == 2);
  CHECK(guarded.notes ==
        std::vector<std::string>{"-- check first: SELECT count(*) FROM t WHERE a IS NULL;", ""});
  CHECK(guarded.statements[1] == "ALTER TABLE t ALTER COLUMN b /* inside */ SET NOT NULL");
}

TEST_CASE("fix: the migration's parts, order, duplicates and header", "[fix]") {
  RunInputs inputs;
  std::vector<Finding> findings = {
      with_fix("fk-missing-index", "CREATE INDEX CONCURRENTLY i1 ON public.t (a);"),
      with_fix("identifier-length", "ALTER TABLE public.t RENAME TO short_name;"),
      with_fix("missing-foreign-key", "ALTER TABLE public.t ADD CONSTRAINT f FOREIGN KEY (a) "
                                      "REFERENCES public.u (id) NOT VALID;\nALTER TABLE public.t "
                                      "VALIDATE CONSTRAINT f;"),
      with_fix("duplicate-index", "DROP INDEX CONCURRENTLY public.i0;"),
      with_fix("rls-missing", "ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;"),
      with_fix("fk-type-mismatch", "ALTER TABLE public.t ALTER COLUMN a TYPE int8 USING a::int8;"),
      with_fix("fk-type-mismatch", "ALTER TABLE public.t ALTER COLUMN a TYPE int8 USING a::int8;  ",
               "t2"),
      with_fix("no-primary-key", ""),
  };
  fix::MigrationOptions mo;
  mo.version = "9.9.9";
  const fix::Migration m = fix::build_migration(findings, inputs, mo);
  const std::string& sql = m.sql;
  CHECK(m.fixes == 6);
  CHECK(m.findings == 7);
  CHECK(m.without_fix == 1);
  CHECK(m.outside_transaction == 2);
  CHECK(sql.starts_with("-- Migration generated by `ddlint fix` (ddlint 9.9.9).\n"));
  CHECK(sql.find("cannot run inside a transaction block") != std::string::npos);
  CHECK(sql.find("1 finding without a fix is not in this file") != std::string::npos);
  // Part 1 (transactional): types before constraints before security; then part 2 with the drop
  // before the build; renames last in their own transaction.
  const auto at = [&](std::string_view s) {
    const auto p = sql.find(s);
    INFO(s);
    CHECK(p != std::string::npos);
    return p;
  };
  const auto begin1 = at("-- Part 1: in one transaction (all or nothing)\nBEGIN;\n");
  const auto types = at("ALTER COLUMN a TYPE int8");
  const auto fk = at("ADD CONSTRAINT f FOREIGN KEY");
  const auto validate = at("VALIDATE CONSTRAINT f;");
  const auto rls = at("ENABLE ROW LEVEL SECURITY");
  const auto commit1 = at("COMMIT;\n");
  const auto part2 = at("-- Part 2: outside a transaction block");
  const auto drop = at("DROP INDEX CONCURRENTLY public.i0;");
  const auto build = at("CREATE INDEX CONCURRENTLY i1");
  const auto part3 = at("-- Part 3: renames, last");
  const auto rename = at("RENAME TO short_name;");
  CHECK(begin1 < types);
  CHECK(types < fk);
  CHECK(fk < validate);
  CHECK(validate < rls);
  CHECK(rls < commit1);
  CHECK(commit1 < part2);
  CHECK(part2 < drop);
  CHECK(drop < build);
  CHECK(build < part3);
  CHECK(part3 < rename);
  CHECK(sql.ends_with("RENAME TO short_name;\n\nCOMMIT;\n"));
  // Identical fixes are written once, with one comment line per finding.
  CHECK(sql.find("USING a::int8;\n") == sql.rfind("USING a::int8;\n"));
  CHECK(sql.find("-- fk-type-mismatch <input>") == std::string::npos);
  std::size_t comments = 0;
  for (auto p = sql.find("\n-- fk-type-mismatch "); p != std::string::npos;
       p = sql.find("\n-- fk-type-mismatch ", p + 1)) {
    ++comments;
  }
  CHECK(comments == 2);
  // No transaction part when everything must run outside one.
  const fix::Migration only_concurrent =
      fix::build_migration({findings[0], findings[3]}, inputs, mo);
  CHECK(only_concurrent.sql.find("BEGIN;") == std::string::npos);
  CHECK(only_concurrent.sql.find("-- Part 1: outside a transaction block") != std::string::npos);
  // Nothing to fix.
  const fix::Migration none = fix::build_migration({findings.back()}, inputs, mo);
  CHECK(none.fixes == 0);
  CHECK(none.sql.find("-- Nothing to fix.") != std::string::npos);
  CHECK(none.sql.find("BEGIN") == std::string::npos);
}

TEST_CASE("fix: what a fix drops and renames; conflicting renames", "[fix]") {
  const fix::FixShape drop = fix::analyse_fix("DROP TYPE public.\"Mood\";");
  CHECK(drop.drops == std::vector<std::string>{"type public.Mood"});
  CHECK(fix::analyse_fix("DROP INDEX CONCURRENTLY IF EXISTS Public.I;").drops ==
        std::vector<std::string>{"relation public.i"});
  CHECK(fix::analyse_fix("ALTER TABLE ONLY public.t DROP CONSTRAINT IF EXISTS \"C\";").drops ==
        std::vector<std::string>{"relation public.t constraint C"});
  const auto renames = [](std::string_view sql) {
    const fix::FixShape s = fix::analyse_fix(sql);
    return std::make_pair(s.renames.empty() ? std::string() : s.renames.front(), s.rename_level);
  };
  CHECK(renames("ALTER TABLE public.\"T\" RENAME TO t;") ==
        std::make_pair(std::string("relation public.T"), 1));
  CHECK(renames("ALTER TABLE public.t RENAME COLUMN \"A\" TO a;") ==
        std::make_pair(std::string("relation public.t column A"), 0));
  CHECK(renames("ALTER TABLE public.t RENAME b TO c;") ==
        std::make_pair(std::string("relation public.t column b"), 0));
  CHECK(renames("ALTER TABLE public.t RENAME CONSTRAINT k TO k2;") ==
        std::make_pair(std::string("relation public.t constraint k"), 0));
  CHECK(renames("ALTER POLICY \"P\" ON public.t RENAME TO p;") ==
        std::make_pair(std::string("relation public.t policy P"), 0));
  CHECK(renames("ALTER INDEX public.\"I\" RENAME TO i;") ==
        std::make_pair(std::string("relation public.I"), 0));
  CHECK(renames("ALTER FUNCTION public.\"getUser\"(int8) RENAME TO get_user;") ==
        std::make_pair(std::string("function public.getUser"), 1));
  CHECK(renames("ALTER TYPE public.e RENAME VALUE 'a' TO 'b';") ==
        std::make_pair(std::string(), 0));
  CHECK(renames("ALTER SCHEMA \"S\" RENAME TO s;") == std::make_pair(std::string("schema S"), 2));

  RunInputs inputs;
  const std::vector<Finding> findings = {
      with_fix("naming-case", "ALTER TABLE public.\"T\" RENAME TO t;"),
      with_fix("naming-case", "ALTER TABLE public.\"T\" RENAME COLUMN \"A\" TO a;"),
      with_fix("timestamp-naming", "ALTER TABLE public.\"T\" RENAME COLUMN \"A\" TO a_at;"),
      with_fix("naming-case", "ALTER TYPE public.\"Mood\" RENAME TO mood;"),
      with_fix("enum-type", "DROP TYPE public.\"Mood\";"),
      with_fix("naming-case", "ALTER TABLE public.gone RENAME COLUMN \"X\" TO x;"),
      with_fix("duplicate-index", "DROP TABLE public.gone;"),
  };
  const fix::Migration m = fix::build_migration(findings, inputs, {});
  const std::string& sql = m.sql;
  CHECK(m.fixes == 4);
  CHECK(m.findings == 4);
  CHECK(m.superseded == 3);
  CHECK(m.fixed ==
        std::vector<std::string>{findings[0].fingerprint.str(), findings[1].fingerprint.str(),
                                 findings[4].fingerprint.str(), findings[6].fingerprint.str()});
  CHECK(sql.find("3 renames left out") != std::string::npos);
  // The column is renamed while the table still has its old name.
  const auto col = sql.find("RENAME COLUMN \"A\" TO a;\n");
  const auto tab = sql.find("RENAME TO t;\n");
  REQUIRE(col != std::string::npos);
  REQUIRE(tab != std::string::npos);
  CHECK(col < tab);
  const auto left = sql.find("-- Left out:");
  REQUIRE(left != std::string::npos);
  CHECK(sql.find("[left out: an earlier fix renames it; its fix: ALTER TABLE public.\"T\" RENAME "
                 "COLUMN \"A\" TO a_at;") > left);
  CHECK(sql.find("[left out: another fix drops it; its fix: ALTER TYPE public.\"Mood\" RENAME TO "
                 "mood;]") > left);
  CHECK(sql.find("[left out: another fix drops it; its fix: ALTER TABLE public.gone") > left);
  CHECK(sql.find("\nALTER TYPE public.\"Mood\" RENAME") == std::string::npos);
}

TEST_CASE("fix: a long transactional part commits every 100 fixes", "[fix]") {
  RunInputs inputs;
  std::vector<Finding> findings;
  for (int i = 0; i < 250; ++i) {
    const std::string t = "t" + std::to_string(i);
    findings.push_back(
        with_fix("rls-missing", "ALTER TABLE public." + t + " ENABLE ROW LEVEL SECURITY;", t));
  }
  const fix::Migration m = fix::build_migration(findings, inputs, {});
  const auto count = [&](std::string_view s) {
    std::size_t n = 0;
    for (std::size_t at = m.sql.find(s); at != std::string::npos; at = m.sql.find(s, at + 1)) {
      ++n;
    }
    return n;
  };
  CHECK(m.fixes == 250);
  CHECK(count("\nBEGIN;\n") == 3);
  CHECK(count("\nCOMMIT;\n") == 3);
  CHECK(m.sql.find("in transactions of 100 fixes (250 fixes") != std::string::npos);
  // The 101st fix opens the second transaction.
  const auto second = m.sql.find("\nCOMMIT;\nBEGIN;\n");
  REQUIRE(second != std::string::npos);
  CHECK(m.sql.find("public.t99 ENABLE") < second);
  CHECK(m.sql.find("public.t100 ENABLE") > second);
  // Up to 100 fixes: one transaction, all or nothing.
  findings.resize(100);
  CHECK(
      fix::build_migration(findings, inputs, {}).sql.find("in one transaction (all or nothing)") !=
      std::string::npos);
}

TEST_CASE("fix: golden migration, and it removes what it fixes", "[fix]") {
  const fs::path dir = fs::path(DDLINT_TESTS_DIR) / "fix" / "basic";
  Lint before;
  lint(before, {dir.string()});
  REQUIRE(before.findings.size() >= 10);
  fix::MigrationOptions mo;
  mo.version = "0.0.0-test";
  const fix::Migration m = fix::build_migration(before.findings, before.inputs, mo);
  const fs::path golden = fs::path(DDLINT_TESTS_DIR) / "fix" / "basic.fix.sql";
  if (std::getenv("DDLINT_UPDATE_GOLDEN") != nullptr) {
    files::write(golden.string(), m.sql);
  } else {
    const files::ReadResult want = files::read(golden.string(), 1U << 24U);
    REQUIRE(want.error.empty());
    CHECK(m.sql == want.content);
  }

  // Lint again with the migration applied after the inputs: no fixed finding survives, and the
  // migration parses.
  Lint after;
  lint(after, {dir.string()}, m.sql);
  std::set<std::string> remaining;
  for (const Finding& f : after.findings) {
    remaining.insert(f.fingerprint.str());
  }
  for (const Finding& f : before.findings) {
    if (!f.fix.empty()) {
      INFO(f.rule << ": " << f.message);
      CHECK_FALSE(remaining.contains(f.fingerprint.str()));
    }
  }
  std::vector<Finding> syntax =
      engine::run_rules(after.catalog, after.inputs, default_config(), {"syntax-error"}, 1);
  CHECK(syntax.empty());
}
