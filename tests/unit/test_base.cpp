#include "base/atom.h"
#include "base/atom_list.h"
#include "base/box.h"
#include "base/compact_string.h"
#include "base/line_index.h"
#include "base/parallel.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "ir/source_log.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <regex>
#include <stdexcept>
#include <string>
#include <thread>
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

TEST_CASE("Atom interns: equal text is one address, order and concatenation are the text's",
          "[base]") {
  const std::string built = std::string("tenant") + "_id";
  const Atom a("tenant_id");
  const Atom b(built);
  const Atom c(std::string_view("tenant_idx").substr(0, 9));
  CHECK(a == b);
  CHECK(a.str().data() == b.str().data());
  CHECK(a.str().data() == c.str().data());
  CHECK(a.c_str()[a.size()] == '\0'); // texts are NUL-terminated
  CHECK(a.string() == "tenant_id");
  CHECK(std::string(a) == "tenant_id");
  CHECK(a == "tenant_id");
  CHECK(a == std::string("tenant_id"));
  CHECK(a != "tenant");
  CHECK(Atom().empty());
  CHECK(Atom() == Atom(""));
  CHECK(Atom("a") < Atom("b"));
  CHECK(Atom("b") > "a");
  CHECK(a + "." + Atom("x") == "tenant_id.x");
  CHECK(std::string("s.") + a == "s.tenant_id");
  Atom m;
  m = std::string("orders");
  CHECK(m == "orders");
  m.clear();
  CHECK(m.empty());
  std::vector<Atom> v{Atom("c"), Atom("a"), Atom("b")};
  std::sort(v.begin(), v.end());
  CHECK(v == std::vector<Atom>{Atom("a"), Atom("b"), Atom("c")});
}

TEST_CASE("Atom::existing finds interned text and interns nothing", "[base]") {
  CHECK_FALSE(Atom::existing("ddlint_test_never_interned_1").has_value());
  CHECK_FALSE(Atom::existing("ddlint_test_never_interned_1").has_value()); // still not interned
  const Atom made("ddlint_test_interned_now");
  const std::optional<Atom> found = Atom::existing("ddlint_test_interned_now");
  REQUIRE(found.has_value());
  CHECK(*found == made);
  CHECK(found->str().data() == made.str().data());
  CHECK(Atom::existing("").has_value()); // the blank atom always exists
}

TEST_CASE("Atom interning is safe from several threads", "[base]") {
  std::vector<std::vector<const char*>> seen(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&seen, t] {
      // Enough distinct names that the shards' first chunks fill while the threads race.
      for (int i = 0; i < 200000; ++i) {
        seen[t].push_back(Atom("col_" + std::to_string(i % 100000)).c_str());
      }
    });
  }
  for (std::thread& th : threads) {
    th.join();
  }
  for (std::size_t t = 1; t < seen.size(); ++t) {
    CHECK(seen[t] == seen[0]);
  }
}

TEST_CASE("Atom interning keeps every string and address while the table grows", "[base]") {
  // An atom is a 32-bit id (SPEC's memory target: millions of them in a large schema).
  STATIC_REQUIRE(sizeof(Atom) == 4);
  // Enough distinct strings that every shard of the table grows several times and its strings
  // span three chunks (1,024, 2,048 and 4,096 strings), and their texts fill many blocks.
  std::vector<const char*> first;
  first.reserve(250000);
  for (int i = 0; i < 250000; ++i) {
    first.push_back(Atom("name_" + std::to_string(i)).c_str());
  }
  for (int i = 0; i < 250000; ++i) {
    const std::string text = "name_" + std::to_string(i);
    const Atom again(text);
    REQUIRE(again.c_str() == first[static_cast<std::size_t>(i)]);
    REQUIRE(std::string_view(first[static_cast<std::size_t>(i)]) == text);
    REQUIRE(again.size() == text.size());
  }
  // A text longer than a block gets a block of its own.
  const std::string huge(100000, 'h');
  const Atom big(huge);
  CHECK(big.str() == huge);
  CHECK(Atom(huge) == big);
  std::vector<const char*> sorted = first;
  std::sort(sorted.begin(), sorted.end());
  CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
  // Strings that differ only late, and the empty string, stay distinct.
  CHECK(Atom(std::string(100, 'x') + "a") != Atom(std::string(100, 'x') + "b"));
  CHECK(Atom("") != Atom(" "));
}

TEST_CASE("pipeline consumes every item in order, with one job or several", "[base]") {
  for (const unsigned jobs : {1U, 2U, 4U}) {
    INFO(jobs);
    constexpr std::size_t kCount = 200;
    std::vector<int> produced(kCount, 0);
    std::vector<std::size_t> consumed;
    const std::thread::id caller = std::this_thread::get_id();
    bool consumer_off_caller = false;
    parallel::pipeline(
        kCount, jobs, 3, [&](std::size_t i) { produced[i] = static_cast<int>(i) * 2; },
        [&](std::size_t i) {
          CHECK(produced[i] == static_cast<int>(i) * 2);
          consumed.push_back(i);
          consumer_off_caller = consumer_off_caller || std::this_thread::get_id() != caller;
        });
    REQUIRE(consumed.size() == kCount);
    for (std::size_t i = 0; i < kCount; ++i) {
      CHECK(consumed[i] == i);
    }
    // One job runs produce and consume on a single worker (large stack), not the caller.
    CHECK(consumer_off_caller == (jobs == 1));
  }
}

TEST_CASE("pipeline rethrows a failure of produce or consume and stops", "[base]") {
  for (const unsigned jobs : {1U, 2U}) {
    INFO(jobs);
    std::size_t consumed = 0;
    CHECK_THROWS_WITH(parallel::pipeline(
                          50, jobs, 4,
                          [](std::size_t i) {
                            if (i == 10) {
                              throw std::runtime_error("produce failed");
                            }
                          },
                          [&](std::size_t) { ++consumed; }),
                      "produce failed");
    CHECK(consumed <= 10);
    consumed = 0;
    CHECK_THROWS_WITH(parallel::pipeline(
                          50, jobs, 4, [](std::size_t) {},
                          [&](std::size_t i) {
                            if (i == 5) {
                              throw std::runtime_error("consume failed");
                            }
                            ++consumed;
                          }),
                      "consume failed");
    CHECK(consumed == 5);
  }
}

TEST_CASE("Box reads as an empty value when unset and deep-copies", "[base]") {
  Box<std::string> s;
  CHECK_FALSE(s.has_value());
  CHECK(s.empty());
  CHECK(s->empty());
  CHECK(*s == "");
  s = "a comment";
  CHECK(s.has_value());
  CHECK(s == "a comment");
  Box<std::string> copy = s;
  copy.mut() += " changed";
  CHECK(*s == "a comment");
  CHECK(*copy == "a comment changed");
  s = std::string();
  CHECK_FALSE(s.has_value()); // assigning an empty value releases the storage
  Box<std::vector<int>> v;
  CHECK(v.size() == 0);
  CHECK(v.begin() == v.end());
  v.mut().push_back(3);
  int sum = 0;
  for (const int x : v) {
    sum += x;
  }
  CHECK(sum == 3);
  v.clear();
  CHECK_FALSE(v.has_value());
  Box<std::vector<int>> two(std::vector<int>{1, 2});
  Box<std::vector<int>> moved = std::move(two);
  CHECK(moved.size() == 2);
}

TEST_CASE("AtomList keeps one name inline and grows past it", "[base]") {
  STATIC_REQUIRE(sizeof(AtomList) == 16);
  AtomList l;
  CHECK(l.empty());
  CHECK(l.begin() == l.end());
  l.push_back("tenant_id");
  REQUIRE(l.size() == 1);
  CHECK(l.front() == "tenant_id");
  for (const char* n : {"a", "b", "c", "d", "e"}) {
    l.push_back(n);
  }
  CHECK(l.size() == 6);
  CHECK(l == std::vector<std::string>{"tenant_id", "a", "b", "c", "d", "e"});
  CHECK(l.back() == "e");
  AtomList copy = l;
  CHECK(copy == l);
  copy[0] = "org_id";
  CHECK(l.front() == "tenant_id"); // a deep copy
  const Atom* next = copy.erase(copy.begin() + 1);
  CHECK(*next == "b");
  CHECK(copy.strings() == std::vector<std::string>{"org_id", "b", "c", "d", "e"});
  AtomList moved = std::move(copy);
  CHECK(moved.size() == 5);
  CHECK(copy.empty()); // NOLINT(bugprone-use-after-move): a moved-from list is empty
  copy.push_back("x");
  CHECK(copy == std::vector<std::string>{"x"});
  const std::vector<std::string> strings = moved; // the drop-in conversion
  CHECK(strings.size() == 5);
  moved.clear();
  CHECK(moved.empty());
  const AtomList from_strings = std::vector<std::string>{"p", "q"};
  CHECK(from_strings == AtomList{"p", "q"});
  CHECK_FALSE(from_strings == AtomList{"p"});
}

TEST_CASE("CompactString holds its text in one exact block and reads as a string_view", "[base]") {
  STATIC_REQUIRE(sizeof(CompactString) == 8);
  CompactString empty;
  CHECK(empty.empty());
  CHECK(empty.view().empty());
  CHECK(empty == "");
  const std::string long_text(300, 'x');
  CompactString s = "foreign key a_fkey on a does not match the naming pattern ^fk_";
  CHECK_FALSE(s.empty());
  CHECK(s.size() == 62);
  CHECK(s.view().ends_with("^fk_"));
  CompactString copy = s;
  CHECK(copy == s);
  CHECK(copy.data() != s.data()); // a deep copy
  CompactString moved = std::move(copy);
  CHECK(moved == s);
  CHECK(copy.empty()); // NOLINT(bugprone-use-after-move): a moved-from string is empty
  moved = long_text;
  CHECK(moved.str() == long_text);
  CHECK(moved.size() == 300);
  CHECK(("<" + CompactString("m") + ">") == "<m>");
  CHECK(CompactString("a") < CompactString("b"));
  CHECK(CompactString("b") > CompactString("a"));
  moved = std::string_view{};
  CHECK(moved.empty());
  const std::string with_nul("a\0b", 3);
  CHECK(CompactString(with_nul).view() == with_nul);
}

TEST_CASE("SourceLog keeps its refs in one block, in order, and deep-copies", "[base]") {
  STATIC_REQUIRE(sizeof(SourceLog) == 8);
  SourceLog log;
  CHECK(log.empty());
  CHECK(log.size() == 0);
  CHECK(log.begin() == log.end());
  for (std::uint32_t i = 0; i < 100; ++i) {
    log.push_back(SourceRef{1, i, i + 1});
    REQUIRE(log.size() == i + 1);
    REQUIRE(log.back().begin == i);
  }
  std::uint32_t expect = 0;
  for (const SourceRef& r : log) {
    CHECK(r.begin == expect++);
  }
  SourceLog copy = log;
  CHECK(copy.size() == 100);
  CHECK(copy.begin() != log.begin());
  CHECK(copy[57].begin == 57);
  SourceLog moved = std::move(copy);
  CHECK(moved.size() == 100);
  CHECK(copy.empty()); // NOLINT(bugprone-use-after-move): a moved-from log is empty
  copy = moved;
  CHECK(copy.back().end == 100);
  moved.clear();
  CHECK(moved.empty());
  CHECK(copy.size() == 100);
}
