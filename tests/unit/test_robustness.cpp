// Hostile input: a clear finding (or a clean result), never a crash, and statements before and
// after a bad one still linted.
#include "base/files.h"
#include "config/config.h"
#include "engine/engine.h"
#include "rules/registry.h"
#include "support/temp_repo.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ddlint;
namespace fs = std::filesystem;

namespace {

std::vector<Finding> lint(const std::string& content, Config cfg = default_config()) {
  RunInputs inputs;
  FileInput f;
  f.path = "hostile.sql";
  f.content = content;
  inputs.files.push_back(std::move(f));
  const catalog::Catalog cat = engine::build_catalog(inputs, 2);
  std::vector<std::string> all;
  for (const rules::Rule* r : rules::all()) {
    all.emplace_back(r->meta().id);
  }
  auto out = engine::run_rules(cat, inputs, cfg, all, 2);
  engine::sort_findings(out);
  return out;
}

std::size_t count(const std::vector<Finding>& fs, const std::string& rule) {
  return static_cast<std::size_t>(
      std::count_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.rule == rule; }));
}

// A statement that produces exactly one semantic-error, to prove good statements are linted.
const std::string kGood = "CREATE TABLE good_%s (id int, id int);\n";

std::string good(const std::string& n) {
  return "CREATE TABLE good_" + n + " (id int, id int);\n";
}

} // namespace

TEST_CASE("binary file: one finding, not thousands", "[robustness]") {
  std::string bin;
  for (int i = 0; i < 5000; ++i) {
    bin += static_cast<char>(i % 256);
  }
  const auto f = lint(bin);
  REQUIRE(count(f, "syntax-error") == 1);
  CHECK(f[0].message.find("binary") != std::string::npos);
}

TEST_CASE("NUL byte late in a file costs only its statement", "[robustness]") {
  std::string sql = good("a");
  sql += std::string(9000, ' ');
  sql += "SELECT 'x";
  sql += '\0';
  sql += "';\n" + good("b");
  const auto f = lint(sql);
  CHECK(count(f, "syntax-error") == 1);
  CHECK(count(f, "semantic-error") == 2);
}

TEST_CASE("NUL byte early in a file costs only its statement", "[robustness]") {
  std::string sql = "CREATE TABLE a1 (id int, id int);\nSELECT 1";
  sql += '\0';
  sql += ";\nCREATE TABLE a2 (id int, id int);";
  CHECK_FALSE(files::probe_binary(sql).binary);
  const auto f = lint(sql);
  REQUIRE(count(f, "syntax-error") == 1);
  CHECK(count(f, "semantic-error") == 2);
  for (const Finding& x : f) {
    if (x.rule == "syntax-error") {
      CHECK(x.message.find("NUL byte") != std::string::npos);
      CHECK(x.message.find("looks binary") == std::string::npos);
    }
  }
  // A NUL as the very first byte of otherwise clean SQL is not binary either.
  const auto first = lint(std::string(1, '\0') + "SELECT 1;\n" + good("a") + good("b"));
  CHECK(count(first, "syntax-error") == 1);
  CHECK(count(first, "semantic-error") == 2);

  // The real binary names the file and the line of the statement with the NUL.
  const test::TempDir dir("early_nul");
  dir.write("early.sql", sql);
  const test::Proc r = dir.ddlint({"check", "early.sql", "--rule", "syntax-error", "--rule",
                                   "semantic-error", "--color", "never"});
  INFO(r.out << r.err);
  CHECK(r.code == 1);
  CHECK(r.out.find("early.sql:2:9: error: NUL byte in statement") != std::string::npos);
  CHECK(r.out.find("early.sql:1:") != std::string::npos);
  CHECK(r.out.find("early.sql:3:") != std::string::npos);
  CHECK(r.out.find("looks binary") == std::string::npos);
}

TEST_CASE("what looks binary: odd-byte share and binary headers", "[robustness]") {
  // UTF-16 text: every other byte is NUL.
  std::string utf16;
  for (const char c : std::string("CREATE TABLE t (id int, id int);\n")) {
    utf16 += c;
    utf16 += '\0';
  }
  CHECK(files::probe_binary(utf16).binary);
  const auto f16 = lint(utf16);
  REQUIRE(f16.size() == 1);
  CHECK(f16[0].message.find("looks binary") != std::string::npos);
  // A binary header (NUL padding and other odd bytes) before text-like bytes.
  std::string png = "\x89PNG\r\n\x1a\n";
  png += std::string(3, '\0');
  png += "\rIHDR";
  png += std::string(500, 'a');
  const files::BinaryProbe p = files::probe_binary(png);
  CHECK(p.binary);
  CHECK(p.first_odd == 0);
  CHECK(p.odd * 100 < p.probed * files::kBinaryOddPercent); // by the header, not the share
  CHECK(lint(png).size() == 1);
  // Plain SQL, UTF-8 text and Latin-1 comments are text.
  CHECK_FALSE(files::probe_binary(good("a") + "-- d\xc3\xa9j\xc3\xa0 vu\n").binary);
  CHECK_FALSE(files::probe_binary(good("a") + "-- caf\xe9\n" + good("b")).binary);
  CHECK_FALSE(files::probe_binary("").binary);
  // Only the first 8 KB count: odd bytes after them do not make a file binary.
  CHECK_FALSE(
      files::probe_binary(std::string(files::kBinaryProbeBytes, ' ') + std::string(1000, '\0'))
          .binary);
}

TEST_CASE("invalid UTF-8 costs only its statement", "[robustness]") {
  const auto f = lint(good("a") + "CREATE TABLE bad (x text DEFAULT '\xff\xfe');\n" + good("b"));
  CHECK(count(f, "syntax-error") == 1);
  CHECK(count(f, "semantic-error") == 2);
}

TEST_CASE("unterminated string and comment", "[robustness]") {
  auto f = lint(good("a") + "INSERT INTO t VALUES ('never closed);\n" + good("b"));
  CHECK(count(f, "syntax-error") == 1);
  CHECK(count(f, "semantic-error") == 2);
  f = lint(good("a") + "/* never closed\n" + good("b"));
  CHECK(count(f, "syntax-error") == 1);
  CHECK(count(f, "semantic-error") >= 1);
}

TEST_CASE("50,000 nested parentheses", "[robustness]") {
  std::string sql = "SELECT " + std::string(50000, '(') + "1" + std::string(50000, ')') + ";\n";
  const auto f = lint(good("a") + sql + good("b"));
  CHECK(count(f, "syntax-error") == 1);
  CHECK(count(f, "semantic-error") == 2);
}

TEST_CASE("long operator chains do not overflow the stack", "[robustness]") {
  std::string sql = "SELECT 1";
  for (int i = 0; i < 20000; ++i) {
    sql += " + 1";
  }
  sql += ";\n";
  const auto f = lint(good("a") + sql + good("b"));
  CHECK(count(f, "semantic-error") == 2);
}

TEST_CASE("deep expressions in DDL are lowered safely", "[robustness]") {
  std::string expr = "x";
  for (int i = 0; i < 3000; ++i) {
    expr = "(" + expr + " + 1)";
  }
  const auto f = lint("CREATE TABLE d (x int CHECK (" + expr + " > 0));\n" + good("b"));
  CHECK(count(f, "semantic-error") == 1);
}

TEST_CASE("empty and whitespace-only files are clean", "[robustness]") {
  CHECK(lint("").empty());
  CHECK(lint("\n\n  -- only a comment\n/* and a block */\n").empty());
}

TEST_CASE("files over max_file_size are a finding", "[robustness]") {
  Config cfg = default_config();
  cfg.max_file_size = 100;
  const ddlint::test::TempDir dir("big");
  const fs::path p = dir.write("big.sql", std::string(1000, ' ') + "SELECT 1;");
  RunInputs inputs;
  engine::load_sources({p.string()}, cfg, inputs);
  const catalog::Catalog cat = engine::build_catalog(inputs, 1);
  const auto f = engine::run_rules(cat, inputs, cfg, {"syntax-error"}, 1);
  REQUIRE(f.size() == 1);
  CHECK(f[0].message.find("over the limit") != std::string::npos);
}

TEST_CASE("non-PostgreSQL syntax and templates are syntax errors", "[robustness]") {
  const auto f = lint("CREATE TABLE `t` (id INT AUTO_INCREMENT) ENGINE=InnoDB;\n"
                      "CREATE TABLE {{ .Schema }}.users (id int);\n"
                      "CREATE TABLE ${prefix}_x (id int);\n"
                      "CREATE TABLE :schema.y (id int);\n" +
                      good("z"));
  CHECK(count(f, "syntax-error") == 4);
  CHECK(count(f, "semantic-error") == 1);
}

TEST_CASE("regression inputs never crash", "[robustness]") {
  const fs::path dir = fs::path(DDLINT_TESTS_DIR) / "robustness";
  for (const auto& e : fs::directory_iterator(dir)) {
    if (!e.is_regular_file()) {
      continue;
    }
    INFO(e.path().string());
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    CHECK_NOTHROW(lint(ss.str()));
  }
}

TEST_CASE("a file parsed in many chunks keeps every trailing comment", "[robustness][engine]") {
  // Parse workers read the file's comments for trailing column comments; the comments must stay
  // in place until the file's last chunk is parsed (regression: they were moved to the file when
  // its first chunk was applied, and columns of later chunks lost their comments at random).
  constexpr int kTables = 6000; // about 400 KB: several 64 KB parse chunks
  std::string sql;
  for (int i = 0; i < kTables; ++i) {
    sql += "CREATE TABLE t" + std::to_string(i) + " (\n  id bigint PRIMARY KEY,\n  c int -- note " +
           std::to_string(i) + "\n);\n";
  }
  REQUIRE(sql.size() > 5U * 64U * 1024U);
  for (const unsigned jobs : {1U, 2U, 4U}) {
    RunInputs inputs;
    FileInput f;
    f.path = "chunks.sql";
    f.content = sql;
    inputs.files.push_back(std::move(f));
    const catalog::Catalog cat = engine::build_catalog(inputs, jobs);
    int missing = 0;
    for (int i = 0; i < kTables; ++i) {
      const catalog::Table* t = cat.table("public", "t" + std::to_string(i));
      REQUIRE(t != nullptr);
      const catalog::Column* c = t->column("c");
      REQUIRE(c != nullptr);
      missing += c->trailing_comment() == "note " + std::to_string(i) ? 0 : 1;
    }
    CHECK(missing == 0);
    CHECK(inputs.files[0].comments.size() == static_cast<std::size_t>(kTables));
  }
}
