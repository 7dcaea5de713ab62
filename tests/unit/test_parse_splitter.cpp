#include "parse/parser.h"
#include "parse/splitter.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace ddlint;

namespace {

std::vector<std::string> statements(std::string_view sql) {
  const parse::SplitResult r = parse::split(sql);
  std::vector<std::string> out;
  for (const auto& s : r.statements) {
    out.emplace_back(r.text(sql).substr(s.begin, s.end - s.begin));
  }
  return out;
}

} // namespace

TEST_CASE("splitter separates statements and keeps parentheses together", "[parse]") {
  const auto s = statements("CREATE TABLE a (x int); CREATE RULE r AS ON INSERT TO a DO ALSO "
                            "(SELECT 1; SELECT 2);\nSELECT 'a;b', $$x;y$$, $t$;$t$; ;;");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "CREATE TABLE a (x int)");
  CHECK(s[1].find("SELECT 2)") != std::string::npos);
  CHECK(s[2] == "SELECT 'a;b', $$x;y$$, $t$;$t$");
}

TEST_CASE("psql meta-commands are blanked and never glued to the next statement", "[parse]") {
  const std::string sql = "\\set ON_ERROR_STOP 1\n\\c chinook;\nCREATE TABLE t (x int);\n"
                          "\\restrict abc\nSELECT 1;\n";
  const parse::SplitResult r = parse::split(sql);
  REQUIRE(r.statements.size() == 2);
  CHECK(r.text(sql).substr(r.statements[0].begin, 6) == "CREATE");
  CHECK(r.blanked_meta_commands == 3);
  CHECK(r.text(sql).size() == sql.size());
  CHECK(r.text(sql).find("\\set") == std::string_view::npos);
}

TEST_CASE("COPY FROM stdin data is skipped up to \\.", "[parse]") {
  const std::string sql = "COPY t (a, b) FROM stdin;\n1\tx;y\n2\t'unterminated\n\\.\n"
                          "CREATE TABLE u (id int);\n";
  const auto s = statements(sql);
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "COPY t (a, b) FROM stdin");
  CHECK(s[1] == "CREATE TABLE u (id int)");
}

TEST_CASE("BEGIN ATOMIC bodies stay one statement", "[parse]") {
  const std::string sql = "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; "
                          "SELECT CASE WHEN true THEN 1 END; END; SELECT 2;";
  const auto s = statements(sql);
  REQUIRE(s.size() == 2);
  CHECK(s[0].find("END; END") != std::string::npos);
  CHECK(s[1] == "SELECT 2");
}

TEST_CASE("comments are collected with their ranges", "[parse]") {
  const std::string sql = "-- head\nCREATE TABLE t (\n  a int, -- trailing\n  /* b */ b int\n);";
  const parse::SplitResult r = parse::split(sql);
  REQUIRE(r.comments.size() == 3);
  CHECK(sql.substr(r.comments[1].begin, r.comments[1].end - r.comments[1].begin) == "-- trailing");
  CHECK(r.comments[2].block);
}

TEST_CASE("an unterminated quote costs one statement, not the rest of the file", "[parse]") {
  const std::string sql = "CREATE TABLE a (x int);\nINSERT INTO a VALUES ('oops);\n"
                          "CREATE TABLE b (y int);\n";
  const parse::ParsedFile f = parse::parse_text(sql, 0);
  CHECK(f.parsed.errors.size() == 1);
  int tables = 0;
  for (const auto& st : f.parsed.statements) {
    tables += std::holds_alternative<ir::CreateTable>(st.node) ? 1 : 0;
  }
  CHECK(tables == 2);
}

TEST_CASE("long identifiers are recorded before PostgreSQL truncates them", "[parse]") {
  const std::string name(70, 'a');
  const parse::SplitResult r = parse::split("CREATE TABLE " + name + " (x int);");
  REQUIRE(r.long_identifiers.size() == 1);
  CHECK(r.long_identifiers[0].name == name);
}

TEST_CASE("syntax errors carry PostgreSQL's message at the right offset", "[parse]") {
  const std::string sql = "CREATE TABLE é (x int);\nSELECT 'é' = 'x' +;\nCREATE TABLE z (y int);";
  const parse::ParsedFile f = parse::parse_text(sql, 0);
  REQUIRE(f.parsed.errors.size() == 1);
  CHECK(f.parsed.errors[0].message == "syntax error at or near \";\"");
  CHECK(sql[f.parsed.errors[0].begin] == ';');
  CHECK(f.parsed.statements.size() == 2);
}

TEST_CASE("statements nested too deeply are reported, not parsed", "[parse]") {
  std::string sql = "SELECT 1";
  for (int i = 0; i < 60000; ++i) {
    sql += " + 1";
  }
  sql += ";\nCREATE TABLE ok (x int);";
  const parse::ParsedFile f = parse::parse_text(sql, 0);
  REQUIRE(f.parsed.errors.size() == 1);
  CHECK(f.parsed.errors[0].message.find("too deeply") != std::string::npos);
  CHECK(f.parsed.statements.size() == 1);
}

TEST_CASE("keyword categories come from the scanner", "[parse]") {
  const auto kinds = parse::keyword_kinds({"user", "order", "timestamp", "name", "orders", "Bad"});
  CHECK(kinds[0] == 4); // reserved
  CHECK(kinds[1] == 4);
  CHECK(kinds[2] == 2); // col_name_keyword
  CHECK(kinds[3] == 1); // unreserved
  CHECK(kinds[4] == 0);
  CHECK(kinds[5] == 0);
}

TEST_CASE("the keyword table agrees with the scanner on every word of the fixtures", "[parse]") {
  // The table is derived from libpg_query's Token enum: PostgreSQL 15's 460 keywords.
  CHECK(parse::keyword_count() == 460);
  CHECK(parse::keyword_kind("user") == 4);
  CHECK(parse::keyword_kind("current_timestamp") == 4);
  CHECK(parse::keyword_kind("timestamp") == 2);
  CHECK(parse::keyword_kind("abort") == 1); // ABORT_P in the enum
  CHECK(parse::keyword_kind("name") == 1);
  CHECK(parse::keyword_kind("not_la") == 0); // a lookahead token, no keyword
  CHECK(parse::keyword_kind("mode_type_name") == 0);
  CHECK(parse::keyword_kind("User") == 0);
  CHECK(parse::keyword_kind("") == 0);
  // Every word of every SQL fixture (thousands of identifiers and most keywords), looked up in
  // the table and scanned one by one, must agree.
  std::set<std::string> words;
  for (const auto& e : std::filesystem::recursive_directory_iterator(DDLINT_TESTS_DIR)) {
    if (!e.is_regular_file() || e.path().extension() != ".sql") {
      continue;
    }
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    const std::string text = buf.str();
    std::string w;
    for (const char c : text + " ") {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else {
        if (!w.empty()) {
          words.insert(w);
        }
        w.clear();
      }
    }
  }
  REQUIRE(words.size() > 1000);
  const std::vector<std::string> list(words.begin(), words.end());
  const std::vector<int> scanned = parse::keyword_kinds(list);
  std::size_t keywords = 0;
  for (std::size_t i = 0; i < list.size(); ++i) {
    INFO(list[i]);
    CHECK(parse::keyword_kind(list[i]) == scanned[i]);
    keywords += scanned[i] != 0 ? 1U : 0U;
  }
  CHECK(keywords > 150);
}
