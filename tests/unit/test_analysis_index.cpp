// analysis/index_coverage, analysis/index_naming, analysis/column_types (run with unit.catalog).
#include "analysis/column_types.h"
#include "analysis/index_coverage.h"
#include "analysis/index_naming.h"
#include "support/catalog_helpers.h"

#include <catch2/catch.hpp>

using namespace ddlint;
using ddlint::test::build;

namespace {

// The predicate of index `name` on `table`.
const Expr& predicate(const catalog::Catalog& cat, const char* table, const char* name) {
  const catalog::Table* t = cat.table("public", table);
  REQUIRE(t != nullptr);
  const catalog::Index* idx = t->index(name);
  REQUIRE(idx != nullptr);
  REQUIRE(idx->has_predicate);
  return idx->predicate();
}

} // namespace

TEST_CASE("partial index predicates implied by the FK columns being set", "[catalog][analysis]") {
  const auto b = build({R"(
    CREATE TABLE t (a int, b int, c int, d timestamptz);
    CREATE INDEX p1 ON t (a) WHERE a IS NOT NULL;
    CREATE INDEX p2 ON t (a) WHERE NOT (a IS NULL);
    CREATE INDEX p3 ON t (a, b) WHERE a IS NOT NULL AND b IS NOT NULL;
    CREATE INDEX p4 ON t (a) WHERE a IS NOT NULL OR c > 1;
    CREATE INDEX p5 ON t (a) WHERE (a IS NOT NULL) IS TRUE;
    CREATE INDEX p6 ON t (a, b) WHERE (a, b) IS NOT NULL;
    CREATE INDEX n1 ON t (a) WHERE d IS NULL;
    CREATE INDEX n2 ON t (a) WHERE a IS NOT NULL AND d IS NULL;
    CREATE INDEX n3 ON t (a) WHERE a > 0;
    CREATE INDEX n4 ON t (a) WHERE a IS NULL;
    CREATE INDEX n5 ON t (a) WHERE NOT (a IS NOT NULL);
  )"});
  const std::vector<std::string> a{"a"};
  const std::vector<std::string> ab{"a", "b"};
  CHECK(analysis::implied_by_not_null(predicate(b.catalog, "t", "p1"), a));
  CHECK(analysis::implied_by_not_null(predicate(b.catalog, "t", "p2"), a));
  CHECK(analysis::implied_by_not_null(predicate(b.catalog, "t", "p3"), ab));
  CHECK_FALSE(analysis::implied_by_not_null(predicate(b.catalog, "t", "p3"), a));
  CHECK(analysis::implied_by_not_null(predicate(b.catalog, "t", "p4"), a));
  CHECK(analysis::implied_by_not_null(predicate(b.catalog, "t", "p5"), a));
  CHECK(analysis::implied_by_not_null(predicate(b.catalog, "t", "p6"), ab));
  CHECK_FALSE(analysis::implied_by_not_null(predicate(b.catalog, "t", "p6"), a));
  for (const char* n : {"n1", "n2", "n3", "n4", "n5"}) {
    INFO(n);
    CHECK_FALSE(analysis::implied_by_not_null(predicate(b.catalog, "t", n), a));
  }
}

TEST_CASE("index coverage of foreign keys", "[catalog][analysis]") {
  const auto b = build({R"(
    CREATE TABLE p (id int PRIMARY KEY, x int, y int, UNIQUE (x, y));
    CREATE TABLE c (
      id int PRIMARY KEY, p_id int REFERENCES p, px int, py int,
      FOREIGN KEY (py, px) REFERENCES p (y, x)
    );
    CREATE INDEX c_px_py_id ON c (px, py, id);
    CREATE TABLE parts (id int, at date, p_id int REFERENCES p) PARTITION BY RANGE (at);
    CREATE INDEX parts_p_id ON ONLY parts (p_id);
    CREATE TABLE parts_1 PARTITION OF parts FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
  )"});
  const analysis::IndexCoverage cov(b.catalog);
  // c(p_id) uncovered, c(py, px) covered by (px, py, id); parts(p_id) covered by its ON ONLY
  // index, valid because parts had no partitions yet; the partition's FK clone is not judged.
  std::vector<std::string> uncovered;
  for (const auto& j : cov.foreign_keys()) {
    if (j.covered_by == nullptr) {
      uncovered.push_back(j.table->name + "." + j.fk->name);
    }
  }
  CHECK(uncovered == std::vector<std::string>{"c.c_p_id_fkey"});
  CHECK(cov.foreign_keys().size() == 3);
}

TEST_CASE("names for indexes follow the constraint-naming pattern", "[catalog][analysis]") {
  const auto none = [](std::string_view) { return false; };
  using analysis::NameKind;
  CHECK(analysis::suggest_name(NameKind::Index, "^(idx|ix)_", "orders", {"client_id"}, "", none) ==
        "idx_orders_client_id");
  CHECK(analysis::suggest_name(NameKind::Index, "_idx$", "orders", {"a", "b"}, "", none) ==
        "orders_a_b_idx");
  CHECK(analysis::suggest_name(NameKind::Index, "^ix_", "orders", {"a"}, "", none) ==
        "ix_orders_a");
  // Rails and GitLab: index_<table>_on_<columns>.
  bool matches = false;
  CHECK(analysis::suggest_name(NameKind::Index, "^index_.*_on_", "merge_requests",
                               {"project_id", "iid"}, "", none,
                               &matches) == "index_merge_requests_on_project_id_iid");
  CHECK(matches);
  // An invalid or unmatched pattern falls back to the default spelling; only an unmatched one
  // says the name does not match.
  CHECK(analysis::suggest_name(NameKind::Index, "([", "orders", {"a"}, "", none, &matches) ==
        "idx_orders_a");
  CHECK(matches);
  CHECK(analysis::suggest_name(NameKind::Index, "^zz", "orders", {"a"}, "", none, &matches) ==
        "idx_orders_a");
  CHECK_FALSE(matches);
  // The numbered name is what is checked: `^idx_orders_a$` matches only the first choice.
  const auto first_taken = [](std::string_view n) { return n == "idx_orders_a"; };
  CHECK(analysis::suggest_name(NameKind::Index, "^idx_orders_a$", "orders", {"a"}, "", first_taken,
                               &matches) == "idx_orders_a1");
  CHECK_FALSE(matches);
  CHECK(analysis::suggest_name(NameKind::ForeignKey, "^fk_", "orders", {"a"}, "", none) ==
        "fk_orders_a");
  CHECK(analysis::suggest_name(NameKind::ForeignKey, "_fkey$", "orders", {"a"}, "", none) ==
        "orders_a_fkey");
  CHECK(analysis::suggest_name(NameKind::Check, "^(chk|check)_", "users", {"name"}, "length",
                               none) == "chk_users_name_length");
  // Taken names get a number, still matching a suffix pattern.
  const auto taken = [](std::string_view n) {
    return n == "orders_a_idx" || n == "orders_a1_idx" || n == "idx_orders_a";
  };
  CHECK(analysis::suggest_name(NameKind::Index, "_idx$", "orders", {"a"}, "", taken) ==
        "orders_a2_idx");
  CHECK(analysis::suggest_name(NameKind::Index, "^idx_", "orders", {"a"}, "", taken) ==
        "idx_orders_a1");
  // 63 bytes at most, shortening the longer part first.
  const std::string long_table(70, 't');
  const std::string name = analysis::suggest_name(NameKind::Index, "^idx_", long_table,
                                                  {std::string(30, 'c')}, "", none);
  CHECK(name.size() == 63);
  CHECK(name.starts_with("idx_ttt"));
  CHECK(name.ends_with("_" + std::string(29, 'c')));
  // Not cut inside a UTF-8 character.
  const std::string utf8 = analysis::suggest_name(NameKind::Index, "^idx_", std::string(40, 'x'),
                                                  {"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                                                   "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                                                   "\xc3\xa9\xc3\xa9"},
                                                  "", none);
  CHECK(utf8.size() <= 63);
  CHECK((static_cast<unsigned char>(utf8.back()) & 0xC0U) != 0xC0U);
}

TEST_CASE("naming pattern from the constraint-naming options", "[catalog][analysis]") {
  Config cfg = default_config();
  CHECK(analysis::naming_pattern(cfg, analysis::NameKind::Index) == "^(idx|ix)_");
  CHECK(analysis::naming_pattern(cfg, analysis::NameKind::ForeignKey) == "^fk_");
  RuleSetting s;
  s.options = {{"index", "\"_idx$\""}, {"check", "\"_ck$\""}};
  cfg.rules["constraint-naming"] = s;
  CHECK(analysis::naming_pattern(cfg, analysis::NameKind::Index) == "_idx$");
  CHECK(analysis::naming_pattern(cfg, analysis::NameKind::Check) == "_ck$");
  CHECK(analysis::naming_pattern(cfg, analysis::NameKind::ForeignKey) == "^fk_");
}

TEST_CASE("effective column types follow domains", "[catalog][analysis]") {
  const auto b = build({R"(
    CREATE DOMAIN d1 AS timestamp;
    CREATE DOMAIN d2 AS d1;
    CREATE DOMAIN ids AS int8[];
    CREATE TABLE t (a d2, b d2[], c ids, e varchar(3), f text, g int4, h int8);
  )"});
  const catalog::Table* t = b.catalog.table("public", "t");
  REQUIRE(t != nullptr);
  const auto et = [&](const char* col) {
    return analysis::effective_type(b.catalog, t->column(col)->type);
  };
  CHECK(et("a").base.name == "timestamp");
  CHECK(et("a").domain == "public.d2");
  CHECK(et("b").base.array_dims == 1);
  CHECK(et("c").base.name == "int8");
  CHECK(et("c").base.array_dims == 1);
  CHECK(analysis::same_type(et("e"), et("f")));
  CHECK_FALSE(analysis::same_type(et("g"), et("h")));
  CHECK(analysis::describe(et("a")) == "timestamp (domain public.d2)");
}
