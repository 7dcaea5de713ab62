// Live databases (issue 3): the reader's helpers, `--db` on the command line, and the parity of
// the file model with a real PostgreSQL 15 for every fixture case, the examples and the corpus.
// The cluster tests WARN and skip only when the PostgreSQL binaries are missing (`make test`
// installs them).
#include "base/process.h"
#include "catalog/dump.h"
#include "catalog/live/connection.h"
#include "cli/app.h"
#include "config/config.h"
#include "engine/engine.h"
#include "live/parity.h"
#include "support/catalog_helpers.h"
#include "support/fixture_runner.h"
#include "support/pg_cluster.h"
#include "support/temp_repo.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace ddlint;
namespace fs = std::filesystem;

namespace {

struct Run {
  int code = 0;
  std::string out;
  std::string err;
};

Run run_cli(const std::vector<std::string>& args) {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  cli::Io io{in, out, err, false, fs::current_path().string()};
  std::vector<std::string> argv{"ddlint"};
  argv.insert(argv.end(), args.begin(), args.end());
  Run r;
  r.code = cli::run(argv, io);
  r.out = out.str();
  r.err = err.str();
  return r;
}

test::PgCluster* cluster() {
  std::string why;
  test::PgCluster* pg = test::PgCluster::shared(&why);
  if (pg == nullptr) {
    WARN("skipped: " << why);
  }
  return pg;
}

// Writes every difference to a file next to the build (the failure message shows the first 200).
std::string save_diffs(const std::string& name, const test::ParityReport& rep) {
  const fs::path p = fs::path(DDLINT_BUILD_DIR) / "live-diffs" / (name + ".txt");
  fs::create_directories(p.parent_path());
  if (rep.catalog_diffs.empty() && rep.finding_diffs.empty()) {
    fs::remove(p);
    return {};
  }
  std::ofstream out(p);
  for (const std::string& l : rep.catalog_diffs) {
    out << l << "\n";
  }
  for (const std::string& l : rep.finding_diffs) {
    out << l << "\n";
  }
  return p.string();
}

std::string join_lines(const std::vector<std::string>& lines, std::size_t max = 200) {
  std::string out;
  for (std::size_t i = 0; i < lines.size() && i < max; ++i) {
    out += "  " + lines[i] + "\n";
  }
  if (lines.size() > max) {
    out += "  ... and " + std::to_string(lines.size() - max) + " more\n";
  }
  return out;
}

} // namespace

TEST_CASE("live: passwords are masked in URLs", "[live-unit]") {
  using catalog::live::mask_password;
  CHECK(mask_password("postgresql://alice:s3cret@db.example:5432/app") ==
        "postgresql://alice:***@db.example:5432/app");
  CHECK(mask_password("postgres://alice:p%40ss@h/app?sslmode=require") ==
        "postgres://alice:***@h/app?sslmode=require");
  CHECK(mask_password("postgresql://alice@h/app?password=s3cret&sslmode=disable") ==
        "postgresql://alice@h/app?password=***&sslmode=disable");
  CHECK(mask_password("host=h user=alice password=s3cret dbname=app") ==
        "host=h user=alice password=*** dbname=app");
  CHECK(mask_password("host=h password = 'a b\\'c' dbname=app") ==
        "host=h password = *** dbname=app");
  CHECK(mask_password("postgresql://h/app") == "postgresql://h/app");
  CHECK(mask_password("postgresql://alice@h/app") == "postgresql://alice@h/app");
}

TEST_CASE("live: pg_dump's serial columns are serial in the file model too", "[live-unit]") {
  const test::Built b = test::build({R"sql(
    CREATE TABLE public.t (id bigint NOT NULL, n int);
    CREATE SEQUENCE public.t_id_seq;
    ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;
    ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);
    CREATE SEQUENCE free_seq;
    ALTER TABLE t ALTER COLUMN n SET DEFAULT nextval('free_seq');
  )sql"});
  const catalog::Table* t = b.catalog.table("public", "t");
  REQUIRE(t != nullptr);
  CHECK(t->column("id")->serial == Serial::Big);
  CHECK(t->column("n")->serial == Serial::None); // the sequence is not owned by the column
}

TEST_CASE("live: text[] literals", "[live-unit]") {
  using catalog::live::parse_text_array;
  CHECK(parse_text_array("{}").empty());
  CHECK(parse_text_array("{a,b}") == std::vector<std::string>{"a", "b"});
  CHECK(parse_text_array("[0:2]={1,2,3}") == std::vector<std::string>{"1", "2", "3"});
  CHECK(parse_text_array(R"({"a b","c,d","e\"f",NULL})") ==
        std::vector<std::string>{"a b", "c,d", "e\"f", ""});
  CHECK(parse_text_array("{security_invoker=true}") ==
        std::vector<std::string>{"security_invoker=true"});
}

TEST_CASE("live: connection errors are exit 2 and never show the password", "[live-cli]") {
  SECTION("bad URL") {
    const Run r = run_cli({"check", "--db", "postgresql://u:topsecret@[bad"});
    CHECK(r.code == 2);
    CHECK(r.err.find("topsecret") == std::string::npos);
    CHECK(r.err.find("ddlint: error:") != std::string::npos);
  }
  SECTION("no server listening") {
    // Port 1 on the loopback: nothing listens there.
    const Run r =
        run_cli({"check", "--db", "postgresql://u:topsecret@127.0.0.1:1/app?connect_timeout=3"});
    CHECK(r.code == 2);
    CHECK(r.err.find("cannot connect to postgresql://u:***@127.0.0.1:1/app") != std::string::npos);
    CHECK(r.err.find("topsecret") == std::string::npos);
  }
  SECTION("--db and paths together, --schema without --db") {
    CHECK(run_cli({"check", "x.sql", "--db", "postgresql://h/db"}).code == 2);
    CHECK(run_cli({"check", "x.sql", "--schema", "public"}).code == 2);
  }
  test::PgCluster* pg = cluster();
  if (pg == nullptr) {
    return;
  }
  SECTION("wrong password") {
    pg->ensure_password_user("right-password");
    const std::string url = "postgresql://" + std::string(test::PgCluster::kPasswordUser) +
                            ":wrong-password@127.0.0.1:" + std::to_string(pg->port()) + "/postgres";
    const Run r = run_cli({"catalog", "--db", url});
    CHECK(r.code == 2);
    INFO(r.err);
    CHECK(r.err.find("password authentication failed") != std::string::npos);
    CHECK(r.err.find("wrong-password") == std::string::npos);
    const std::string good = "postgresql://" + std::string(test::PgCluster::kPasswordUser) +
                             ":right-password@127.0.0.1:" + std::to_string(pg->port()) +
                             "/postgres";
    CHECK(run_cli({"catalog", "--db", good}).code == 0);
  }
}

TEST_CASE("live: check and catalog with --db", "[live-cli]") {
  test::PgCluster* pg = cluster();
  if (pg == nullptr) {
    return;
  }
  const std::string db = pg->create_database("cli");
  pg->exec(db, "CREATE SCHEMA app; CREATE TABLE app.orders (id int PRIMARY KEY, note text);"
               "CREATE TABLE public.items (id int); CREATE SCHEMA other;"
               "CREATE TABLE other.t (id int PRIMARY KEY);");
  const std::string url = pg->url(db);

  const Run all = run_cli({"catalog", "--db", url});
  REQUIRE(all.code == 0);
  const auto j = nlohmann::json::parse(all.out);
  CHECK(j["schemas"] == nlohmann::json({"app", "other", "public"}));
  CHECK(j["tables"].size() == 3);

  const Run one = run_cli({"catalog", "--db", url, "--schema", "app", "--schema", "public"});
  REQUIRE(one.code == 0);
  const auto k = nlohmann::json::parse(one.out);
  CHECK(k["schemas"] == nlohmann::json({"app", "public"}));
  CHECK(k["tables"].size() == 2);

  // Files-only rules do not run for --db; the run succeeds and reports the database.
  const Run chk = run_cli({"check", "--db", url, "--format", "json", "--rule", "syntax-error"});
  CHECK(chk.code == 0);
  const auto r = nlohmann::json::parse(chk.out);
  CHECK(r["summary"]["files"] == 0);
  CHECK(r["summary"]["tables"] == 3);

  // The real binary does not link libpq (this test program does): it opens it with dlopen.
  const process::Output bin = process::run({DDLINT_BINARY, "catalog", "--db", url}, "");
  INFO(bin.err);
  REQUIRE(bin.exit_code == 0);
  CHECK(nlohmann::json::parse(bin.out)["tables"].size() == 3);
  pg->drop_database(db);
}

TEST_CASE("live: baselines from files apply to the database and back", "[live-cli]") {
  SECTION("baseline --db: connection errors are exit 2") {
    const Run r =
        run_cli({"baseline", "--db", "postgresql://u:topsecret@127.0.0.1:1/app?connect_timeout=3",
                 "--output", "-"});
    CHECK(r.code == 2);
    CHECK(r.err.find("cannot connect to postgresql://u:***@127.0.0.1:1/app") != std::string::npos);
    CHECK(r.err.find("topsecret") == std::string::npos);
    CHECK(r.out.empty());
  }
  test::PgCluster* pg = cluster();
  if (pg == nullptr) {
    return;
  }
  const test::TempDir dir("live_baseline");
  const std::string schema =
      "CREATE TABLE clients (id int PRIMARY KEY);\n"
      "CREATE TABLE orders (id int PRIMARY KEY, client_id int REFERENCES clients (id));\n"
      "CREATE TABLE nopk (x int);\n";
  dir.write("db/V1__schema.sql", schema);
  const std::string db = pg->create_database("baseline");
  pg->exec(db, schema);
  const std::string url = pg->url(db);
  const std::string files = (dir.path() / "db").string();
  const std::string from_files = (dir.path() / "files.json").string();
  const std::string from_db = (dir.path() / "db.json").string();
  const std::vector<std::string> rules = {"--rule", "no-primary-key", "--rule", "fk-missing-index"};
  auto with_rules = [&](std::vector<std::string> args) {
    args.insert(args.end(), rules.begin(), rules.end());
    return run_cli(args);
  };

  const Run bf = with_rules({"baseline", files, "--output", from_files});
  INFO(bf.err);
  REQUIRE(bf.code == 0);
  CHECK(bf.err.find("wrote 2 findings") != std::string::npos);
  const auto file_entries = nlohmann::json::parse(dir.read("files.json"))["findings"];
  REQUIRE(file_entries.size() == 2);

  // The database's findings without a baseline: located at the objects, same fingerprints.
  const Run plain = with_rules({"check", "--db", url, "--format", "json", "--fail-on", "warning"});
  INFO(plain.out << plain.err);
  CHECK(plain.code == 1);
  const auto pj = nlohmann::json::parse(plain.out);
  REQUIRE(pj["findings"].size() == 2);
  std::set<std::string> db_fingerprints;
  for (const auto& f : pj["findings"]) {
    db_fingerprints.insert(f["fingerprint"].get<std::string>());
    const std::string table = f["object"]["table"].get<std::string>();
    CHECK(f["location"]["file"].get<std::string>().starts_with("db:public." + table));
    CHECK_FALSE(f["location"].contains("line"));
  }
  std::set<std::string> file_fingerprints;
  for (const auto& e : file_entries) {
    file_fingerprints.insert(e["fingerprint"].get<std::string>());
  }
  CHECK(db_fingerprints == file_fingerprints);
  const Run text = with_rules({"check", "--db", url, "--color", "never", "--fail-on", "never"});
  CHECK(text.out.find("db:public.nopk") != std::string::npos);
  CHECK(text.out.find("db:public.orders(client_id)") != std::string::npos);

  // The baseline written from the files accepts them all.
  const Run based = with_rules(
      {"check", "--db", url, "--baseline", from_files, "--format", "json", "--fail-on", "warning"});
  INFO(based.out << based.err);
  CHECK(based.code == 0);
  const auto bj = nlohmann::json::parse(based.out);
  CHECK(bj["findings"].empty());
  CHECK(bj["summary"]["baselined"] == 2);
  const Run based_text = with_rules({"check", "--db", url, "--baseline", from_files});
  CHECK(based_text.out.find("2 findings baselined") != std::string::npos);
  CHECK(based_text.out.find("no longer occur") == std::string::npos);

  // `baseline --db` reads the database (not the working directory) and writes the same entries.
  const Run bd = with_rules({"baseline", "--db", url, "--output", from_db});
  INFO(bd.err);
  REQUIRE(bd.code == 0);
  CHECK(bd.err.find("wrote 2 findings") != std::string::npos);
  CHECK(dir.read("db.json") == dir.read("files.json"));
  // And that baseline works for the files.
  const Run back = with_rules({"check", files, "--baseline", from_db, "--fail-on", "warning"});
  CHECK(back.code == 0);
  CHECK(back.out.find("2 findings baselined") != std::string::npos);
  const Run one = with_rules({"baseline", "--db", url, "--schema", "public", "--output", "-"});
  CHECK(one.code == 0);
  CHECK(one.out == dir.read("db.json"));
  pg->drop_database(db);
}

TEST_CASE("live: the reader models what the server holds", "[live-cli]") {
  test::PgCluster* pg = cluster();
  if (pg == nullptr) {
    return;
  }
  const std::string db = pg->create_database("reader");
  pg->exec(db, R"sql(
    CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
    CREATE DOMAIN posint AS int CHECK (VALUE > 0);
    CREATE TABLE parent (id bigserial PRIMARY KEY, m mood, tags text[][], n numeric(10),
                         c char, v varchar(20) DEFAULT 'x', p posint);
    CREATE TABLE child (id int GENERATED ALWAYS AS IDENTITY, parent_id bigint
                        REFERENCES parent ON DELETE CASCADE, CHECK (parent_id > 0));
    ALTER TABLE child ENABLE ROW LEVEL SECURITY;
    CREATE POLICY p ON child TO public USING (parent_id = current_setting('app.id')::bigint);
    CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp
      AS 'SELECT 1';
    CREATE VIEW v WITH (security_invoker = true) AS SELECT c.id FROM child c JOIN parent p ON true;
  )sql");
  RunInputs inputs;
  const catalog::Catalog cat = engine::load_db(pg->url(db), {}, 1, inputs);
  CHECK(inputs.from_db);
  const catalog::Table* parent = cat.table("public", "parent");
  REQUIRE(parent != nullptr);
  CHECK(parent->hist.created.from_db());
  CHECK(parent->column("id")->serial == Serial::Big);
  CHECK(parent->column("m")->type.display() == "public.mood");
  CHECK(parent->column("tags")->type.display() == "text[][]");
  CHECK(parent->column("n")->type.display() == "numeric(10,0)");
  CHECK(parent->column("c")->type.display() == "bpchar(1)");
  CHECK(parent->column("v")->type.display() == "varchar(20)");
  CHECK(parent->column("p")->type.display() == "public.posint");
  const catalog::Table* child = cat.table("public", "child");
  REQUIRE(child != nullptr);
  CHECK(child->column("id")->identity == Identity::Always);
  const catalog::Constraint* fk = child->constraint("child_parent_id_fkey");
  REQUIRE(fk != nullptr);
  CHECK(fk->name_generated);
  CHECK(fk->on_delete == FkAction::Cascade);
  CHECK(fk->ref_resolved == QualName{"public", "parent"});
  CHECK(fk->ref_columns_resolved == std::vector<std::string>{"id"});
  const catalog::Constraint* chk = child->constraint("child_parent_id_check");
  REQUIRE(chk != nullptr);
  CHECK(chk->columns == std::vector<std::string>{"parent_id"});
  CHECK(chk->expr().kind == Expr::Kind::Op);
  REQUIRE(child->policies.size() == 1);
  CHECK(child->policies[0].using_expr->kind == Expr::Kind::Op);
  CHECK(child->policies[0].roles == std::vector<std::string>{"public"});
  CHECK(child->rls_enabled);
  CHECK_FALSE(child->rls_forced);
  CHECK(cat.referencing(*parent).size() == 1);
  const catalog::Table* v = cat.table("public", "v");
  REQUIRE(v != nullptr);
  CHECK(v->rare->security_invoker == std::optional<bool>(true));
  CHECK(v->rare->reads.size() == 2);
  const catalog::Type* mood = cat.type("public", "mood");
  REQUIRE(mood != nullptr);
  CHECK(mood->values == std::vector<std::string>{"sad", "ok", "happy"});
  REQUIRE(cat.functions().size() == 1);
  CHECK(cat.functions()[0]->security_definer);
  CHECK(cat.functions()[0]->search_path == std::vector<std::string>{"public", "pg_temp"});
  pg->drop_database(db);
}

TEST_CASE("live parity: every fixture case", "[live-fixtures]") {
  test::PgCluster* pg = cluster();
  if (pg == nullptr) {
    return;
  }
  std::size_t compared = 0;
  std::vector<std::string> skipped;
  std::vector<std::string> excused;
  for (const test::Fixture& fx : test::find_fixtures(DDLINT_TESTS_DIR "/rules")) {
    INFO("fixture: " << fx.display_path());
    test::ParityInput in;
    in.name = fs::path(fx.path).stem().string();
    in.paths = test::fixture_paths(fx);
    in.config = test::fixture_config(fx);
    test::ParityReport rep = test::run_parity(*pg, in);
    if (!rep.loaded && test::needs_supabase(rep.psql_output)) {
      test::add_supabase(in); // written for Supabase: auth.users, auth.uid(), storage.objects
      rep = test::run_parity(*pg, in);
    }
    for (const std::string& e : rep.excused) {
      excused.push_back(fx.display_path() + ": " + e);
    }
    if (!rep.loaded) {
      const std::string why =
          test::rejection_reason(rep.ddlint_problems, rep.psql_output, in.config);
      if (why.empty()) {
        FAIL_CHECK("PostgreSQL rejected " << rep.rejected_file
                                          << " but ddlint reported no problem:\n"
                                          << rep.psql_output);
      } else {
        skipped.push_back(fx.display_path() + ": " + why);
      }
      continue;
    }
    ++compared;
    if (!rep.ddlint_problems.empty()) {
      FAIL_CHECK("PostgreSQL accepted the case but ddlint reported problems:\n"
                 << join_lines(rep.ddlint_problems));
    }
    if (!rep.catalog_diffs.empty()) {
      FAIL_CHECK("catalog differs (files vs db):\n" << join_lines(rep.catalog_diffs));
    }
    if (!rep.finding_diffs.empty()) {
      FAIL_CHECK("findings differ:\n" << join_lines(rep.finding_diffs));
    }
  }
  // The golden catalog cases (partitions, inheritance, renames, drops, quoted names...) and this
  // test's own cases (one of each kind of object the reader models).
  std::vector<fs::directory_entry> extra;
  for (const char* d : {DDLINT_TESTS_DIR "/catalog", DDLINT_TESTS_DIR "/live/cases"}) {
    for (const auto& e : fs::directory_iterator(d)) {
      extra.push_back(e);
    }
  }
  for (const auto& e : extra) {
    if (!e.is_directory() && e.path().extension() != ".sql") {
      continue;
    }
    INFO("golden case: " << e.path().string());
    test::ParityInput in;
    in.name = e.path().stem().string();
    in.paths = {e.path().string()};
    const test::ParityReport rep = test::run_parity(*pg, in);
    if (!rep.loaded) {
      FAIL_CHECK("PostgreSQL rejected " << rep.rejected_file << ":\n" << rep.psql_output);
      continue;
    }
    ++compared;
    if (!rep.catalog_diffs.empty() || !rep.finding_diffs.empty()) {
      FAIL_CHECK("catalog differs (files vs db):\n"
                 << join_lines(rep.catalog_diffs) << "findings differ:\n"
                 << join_lines(rep.finding_diffs));
    }
  }
  WARN(compared << " fixture and golden cases compared; " << skipped.size()
                << " not loadable by PostgreSQL (intentional errors):\n"
                << join_lines(skipped));
  if (!excused.empty()) {
    WARN("differences a database cannot avoid (excused):\n" << join_lines(excused));
  }
  CHECK(compared > 0);
}

TEST_CASE("live parity: examples", "[live-examples]") {
  test::PgCluster* pg = cluster();
  if (pg == nullptr) {
    return;
  }
  test::ParityInput in;
  in.name = "examples";
  in.paths = {DDLINT_SOURCE_DIR "/examples/migrations"};
  in.config = load_config(std::string(DDLINT_SOURCE_DIR "/examples/.ddlint.json"), ".");
  const test::ParityReport rep = test::run_parity(*pg, in);
  REQUIRE(rep.loaded);
  CHECK(rep.tables > 0);
  CHECK(rep.ddlint_problems.empty());
  INFO("catalog differs (files vs db):\n" << join_lines(rep.catalog_diffs));
  CHECK(rep.catalog_diffs.empty());
  INFO("findings differ:\n" << join_lines(rep.finding_diffs));
  CHECK(rep.finding_diffs.empty());
}

TEST_CASE("live parity: corpus", "[live-corpus]") {
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
  const test::TempDir copies("live_corpus"); // edited copies of corpus files
  std::string summary;
  for (const test::CorpusEntry& e : test::corpus_entries()) {
    if (only != nullptr && *only != '\0' && std::string(only) != e.name) {
      continue;
    }
    if (!fs::is_directory(dir / e.name)) {
      WARN("corpus entry " << e.name << " not found; skipped");
      continue;
    }
    INFO("corpus entry: " << e.name);
    const test::ParityInput in = test::corpus_input(dir.string(), e, copies.path().string());
    const test::ParityReport rep = test::run_parity(*pg, in);
    if (!rep.loaded) {
      FAIL_CHECK("PostgreSQL rejected " << rep.rejected_file << ":\n" << rep.psql_output);
      continue;
    }
    summary += std::string("  ") + e.name + ": " + std::to_string(rep.tables) +
               " relations, psql load " + std::to_string(static_cast<int>(rep.load_ms)) +
               " ms, catalog read " + std::to_string(static_cast<int>(rep.read_ms)) + " ms, " +
               std::to_string(rep.findings) + " findings compared\n";
    const std::string file = save_diffs(e.name, rep);
    if (!file.empty()) {
      FAIL_CHECK("catalog differs (files vs db; all in " << file << "):\n"
                                                         << join_lines(rep.catalog_diffs)
                                                         << "findings differ:\n"
                                                         << join_lines(rep.finding_diffs));
    }
  }
  WARN("corpus entries compared:\n" << summary);
}
