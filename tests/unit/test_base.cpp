#include "base/line_index.h"
#include "base/strings.h"
#include "base/utf8.h"

#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

using namespace ddlint;

TEST_CASE("line index handles LF, CRLF, CR and multibyte columns", "[base]") {
  const std::string text = "ab\r\ncé d\rx\ny";
  const LineIndex idx(text);
  CHECK(idx.line_count() == 4);
  CHECK(idx.at(0).line == 1);
  CHECK(idx.at(4).line == 2);
  CHECK(idx.at(4).column == 1);
  // 'd' is after "cé " : c(1) é(2 bytes) space -> column 4
  CHECK(idx.at(text.find('d')).column == 4);
  CHECK(idx.at(text.find('x')).line == 3);
  CHECK(idx.at(text.find('y')).line == 4);
  CHECK(idx.line_text(2) == "cé d");
  CHECK(idx.at(text.size() + 10).line == 4);
}

TEST_CASE("utf8 validation and character offsets", "[base]") {
  CHECK_FALSE(utf8::first_invalid("plain ascii é ✓ 😀").has_value());
  CHECK(utf8::first_invalid("ab\xff").value() == 2);
  CHECK(utf8::first_invalid("\xc0\xaf").value() == 0);     // overlong
  CHECK(utf8::first_invalid("\xed\xa0\x80").value() == 0); // surrogate
  CHECK(utf8::byte_offset_of_char("éa", 1) == 2);
  CHECK(utf8::count_utf16("😀") == 2);
}

TEST_CASE("natural sort orders versions numerically", "[base]") {
  CHECK(str::natural_less("V2__x.sql", "V10__y.sql"));
  CHECK(str::natural_less("0002_a.up.sql", "0010_b.up.sql"));
  CHECK_FALSE(str::natural_less("V10__y.sql", "V2__x.sql"));
  CHECK(str::natural_less("a/1.sql", "a/1a.sql"));
  CHECK(str::natural_less("m/001_x.sql", "m/01_y.sql") !=
        str::natural_less("m/01_y.sql", "m/001_x.sql"));
}

TEST_CASE("glob matching", "[base]") {
  CHECK(str::glob_match("**/*.sql", "db/migrations/001.sql"));
  CHECK(str::glob_match("**/*.sql", "001.sql"));
  CHECK_FALSE(str::glob_match("*.sql", "db/001.sql"));
  CHECK(str::glob_match("public.*", "public.orders"));
  CHECK(str::glob_match("auth.*", "auth.users"));
  CHECK(str::glob_match("schema_?", "schema_1"));
}

TEST_CASE("identifier quoting", "[base]") {
  CHECK(str::quote_ident("orders") == "orders");
  CHECK(str::quote_ident("Orders") == "\"Orders\"");
  CHECK(str::quote_ident("a\"b") == "\"a\"\"b\"");
  CHECK(str::quote_literal("it's") == "'it''s'");
}

TEST_CASE("literal patterns match exactly what regex_search matches", "[base]") {
  const std::vector<std::string> accepted = {"^(idx|ix)_",
                                             "^fk_",
                                             "^(chk|check)_",
                                             "(^uq_|_(key|unique)$)",
                                             "_pkey$",
                                             "^pk$",
                                             "key",
                                             "a|b$",
                                             "^(a(b|c)|d)_e",
                                             "()",
                                             "^$",
                                             "x|",
                                             "(a|)b$",
                                             "^index_"};
  const std::vector<std::string> rejected = {
      "^idx_.*", "^[a-z]+_idx$", "(^a|b)c", "a^b", "a$b", "(a",   "a)",
      "(?:a)b",  "^a\\d",        "a.b",     "ab*", "^é",  "a{2}", "(a)(b)|c\\"};
  const std::vector<std::string> names = {
      "",        "idx_users", "ix_a",         "users_idx", "fk_x",      "users_fkey", "chk_a",
      "check_b", "a_check",   "uq_a",         "a_key",     "a_unique",  "a_keys",     "t_pkey",
      "pk",      "pkey",      "keys",         "ab",        "b",         "abd_e",      "ac_e",
      "d_e",     "x",         "index_t_on_c", "a\nb",      "IDX_users", "t_pkey\n"};
  for (const std::string& p : accepted) {
    const auto lp = str::LiteralPattern::parse(p);
    INFO(p);
    REQUIRE(lp.has_value());
    const std::regex re(p, std::regex::ECMAScript);
    for (const std::string& n : names) {
      INFO(n);
      CHECK(lp->matches(n) == std::regex_search(n, re));
    }
  }
  for (const std::string& p : rejected) {
    INFO(p);
    CHECK_FALSE(str::LiteralPattern::parse(p).has_value());
  }
}
