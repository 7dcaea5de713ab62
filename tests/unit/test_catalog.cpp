#include "support/catalog_helpers.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <utility>

using namespace ddlint;
using ddlint::test::build;

TEST_CASE("generated constraint and index names follow PostgreSQL", "[catalog]") {
  const auto b = build({R"(
    CREATE TABLE clients (id bigint PRIMARY KEY, email text UNIQUE, CHECK (id > 0));
    CREATE TABLE orders (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      client_id bigint REFERENCES clients,
      a int, b int, CHECK (a < b), UNIQUE (a, b)
    );
    CREATE INDEX ON orders (client_id);
    CREATE INDEX ON orders (client_id);
    CREATE INDEX ON orders (lower(a::text));
    CREATE UNIQUE INDEX ON orders (a);
  )"});
  const auto* c = b.catalog.table("public", "clients");
  REQUIRE(c != nullptr);
  CHECK(c->constraint("clients_pkey") != nullptr);
  CHECK(c->constraint("clients_email_key") != nullptr);
  CHECK(c->constraint("clients_id_check") != nullptr);
  const auto* o = b.catalog.table("public", "orders");
  REQUIRE(o != nullptr);
  CHECK(o->constraint("orders_client_id_fkey") != nullptr);
  CHECK(o->constraint("orders_check") != nullptr);
  CHECK(o->constraint("orders_a_b_key") != nullptr);
  CHECK(o->index("orders_client_id_idx") != nullptr);
  CHECK(o->index("orders_client_id_idx1") != nullptr);
  CHECK(o->index("orders_lower_idx") != nullptr);
  CHECK(o->index("orders_a_idx") != nullptr);
  const auto* fk = o->constraint("orders_client_id_fkey");
  CHECK(fk->ref_columns_resolved == std::vector<std::string>{"id"});
  CHECK(o->column("id")->not_null);
  CHECK(test::problems(b.catalog).empty());
}

TEST_CASE("long generated names are truncated like PostgreSQL", "[catalog]") {
  const std::string t(60, 't');
  const auto b = build({"CREATE TABLE " + t + " (id int PRIMARY KEY, some_column int UNIQUE);"});
  const auto* tb = b.catalog.table("public", t);
  REQUIRE(tb != nullptr);
  // 63 bytes: name1 and name2 shortened, longer first.
  const auto* u = tb->constraints.back().name.size() <= 63 ? &tb->constraints.back() : nullptr;
  REQUIRE(u != nullptr);
  CHECK(u->name.size() == 63);
  CHECK(u->name.ends_with("_some_column_key"));
}

TEST_CASE("search_path decides where unqualified names go", "[catalog]") {
  const auto b = build({R"(
    CREATE SCHEMA app;
    SET search_path = app, public;
    CREATE TABLE t (id int PRIMARY KEY);
    CREATE TABLE u (t_id int REFERENCES t);
  )",
                        "CREATE TABLE v (id int);"});
  CHECK(b.catalog.table("app", "t") != nullptr);
  CHECK(b.catalog.table("app", "u")->constraints.back().ref_resolved.str() == "app.t");
  // Each file starts with the default search_path.
  CHECK(b.catalog.table("public", "v") != nullptr);
}

TEST_CASE("renames follow into constraints, indexes and other tables' FKs", "[catalog]") {
  const auto b = build({R"(
    CREATE TABLE a (id int PRIMARY KEY, code text);
    CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));
    CREATE INDEX b_a_idx ON b (a_id) WHERE a_id IS NOT NULL;
  )",
                        R"(
    ALTER TABLE a RENAME TO accounts;
    ALTER TABLE accounts RENAME COLUMN id TO account_id;
    ALTER TABLE b RENAME COLUMN a_id TO account_id;
    ALTER INDEX b_a_idx RENAME TO b_account_idx;
    ALTER TABLE b RENAME CONSTRAINT b_a_id_fkey TO b_account_fk;
  )"});
  const auto* acc = b.catalog.table("public", "accounts");
  REQUIRE(acc != nullptr);
  CHECK(b.catalog.table("public", "a") == nullptr);
  CHECK(acc->primary_key()->columns == std::vector<std::string>{"account_id"});
  const auto* bt = b.catalog.table("public", "b");
  const auto* fk = bt->constraint("b_account_fk");
  REQUIRE(fk != nullptr);
  CHECK(fk->ref_resolved.str() == "public.accounts");
  CHECK(fk->ref_columns_resolved == std::vector<std::string>{"account_id"});
  CHECK(fk->columns == std::vector<std::string>{"account_id"});
  const auto* idx = bt->index("b_account_idx");
  REQUIRE(idx != nullptr);
  CHECK(idx->keys[0].column == "account_id");
  CHECK(idx->predicate_columns() == std::vector<std::string>{"account_id"});
  CHECK(test::problems(b.catalog).empty());
}

TEST_CASE("drops respect dependencies and CASCADE", "[catalog]") {
  const auto b = build({R"(
    CREATE TABLE a (id int PRIMARY KEY);
    CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
    DROP TABLE a;
    CREATE INDEX b_a ON b (a_id);
    ALTER TABLE b DROP COLUMN a_id;
    DROP TABLE IF EXISTS nothing_here;
  )"});
  // DROP TABLE a fails without CASCADE: a and the FK remain.
  CHECK(b.catalog.table("public", "a") != nullptr);
  REQUIRE(test::problems(b.catalog).size() == 1);
  CHECK(test::problems(b.catalog)[0].find("depends on it") != std::string::npos);
  // Dropping the column takes its FK and index with it.
  const auto* bt = b.catalog.table("public", "b");
  CHECK(bt->constraint("b_a_id_fkey") == nullptr);
  CHECK(bt->index("b_a") == nullptr);

  const auto c = build({R"(
    CREATE TABLE a (id int PRIMARY KEY);
    CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
    DROP TABLE a CASCADE;
  )"});
  CHECK(c.catalog.table("public", "a") == nullptr);
  CHECK(c.catalog.table("public", "b")->constraints.size() == 1);
}

TEST_CASE("partitions get the parent's columns, keys and indexes", "[catalog]") {
  const auto b = build({R"(
    CREATE TABLE events (id bigint, tenant_id bigint NOT NULL, at timestamptz,
                         PRIMARY KEY (tenant_id, id)) PARTITION BY HASH (tenant_id);
    CREATE TABLE events_0 PARTITION OF events FOR VALUES WITH (MODULUS 2, REMAINDER 0);
    CREATE INDEX ON events (at);
    CREATE TABLE events_1 PARTITION OF events FOR VALUES WITH (MODULUS 2, REMAINDER 1);
  )"});
  const auto* p0 = b.catalog.table("public", "events_0");
  const auto* p1 = b.catalog.table("public", "events_1");
  REQUIRE(p0 != nullptr);
  REQUIRE(p1 != nullptr);
  CHECK(p0->columns.size() == 3);
  CHECK(p0->primary_key() != nullptr);
  CHECK(p0->primary_key()->name == "events_0_pkey");
  CHECK(p0->index("events_0_at_idx") != nullptr);
  CHECK(p1->index("events_1_at_idx") != nullptr);
  CHECK(p1->index("events_1_at_idx")->parent() == "public.events_at_idx");
  CHECK(b.catalog.partitions(*b.catalog.table("public", "events")).size() == 2);
}

TEST_CASE("INHERITS children get columns and CHECKs but not keys", "[catalog]") {
  const auto b = build({R"(
    CREATE TABLE base (id int PRIMARY KEY, v int CHECK (v > 0));
    CREATE TABLE child (extra text) INHERITS (base);
  )"});
  const auto* c = b.catalog.table("public", "child");
  REQUIRE(c != nullptr);
  CHECK(c->columns.size() == 3);
  CHECK(c->primary_key() == nullptr);
  CHECK(c->constraint("base_v_check") != nullptr);
}

TEST_CASE("LIKE copies what its options say", "[catalog]") {
  const auto b = build({R"(
    CREATE TABLE src (id int PRIMARY KEY, v int DEFAULT 1 CHECK (v > 0));
    CREATE TABLE plain (LIKE src);
    CREATE TABLE full_copy (LIKE src INCLUDING ALL);
  )"});
  const auto* p = b.catalog.table("public", "plain");
  CHECK(p->columns.size() == 2);
  CHECK(p->constraints.empty());
  CHECK_FALSE(p->column("v")->has_default);
  const auto* f = b.catalog.table("public", "full_copy");
  CHECK(f->primary_key() != nullptr);
  CHECK(f->primary_key()->name == "full_copy_pkey");
  CHECK(f->column("v")->has_default);
}

TEST_CASE("forward and undefined references are told apart", "[catalog]") {
  const auto b = build({"CREATE TABLE a (b_id int REFERENCES b (id), c_id int REFERENCES c (id));",
                        "CREATE TABLE b (id int PRIMARY KEY);"});
  int forward = 0;
  int undefined = 0;
  for (const auto& p : b.catalog.problems()) {
    forward += p.kind == catalog::Problem::Kind::Forward ? 1 : 0;
    undefined += p.kind == catalog::Problem::Kind::Undefined ? 1 : 0;
  }
  CHECK(forward == 1);
  CHECK(undefined == 1);
}

TEST_CASE("semantic errors PostgreSQL would raise", "[catalog]") {
  const auto b = build({R"(
    CREATE TABLE t (id int PRIMARY KEY, id int);
    CREATE TABLE u (id uuid PRIMARY KEY, CONSTRAINT u_pkey2 PRIMARY KEY (id));
    CREATE TABLE v (x int);
    CREATE INDEX ON v (nope);
    CREATE TABLE w (v_x int REFERENCES v (x));
  )"});
  const auto p = test::problems(b.catalog);
  REQUIRE(p.size() == 4);
  CHECK(p[0].find("specified more than once") != std::string::npos);
  CHECK(p[1].find("multiple primary keys") != std::string::npos);
  CHECK(p[2].find("does not exist") != std::string::npos);
  CHECK(p[3].find("no unique constraint") != std::string::npos);
}

TEST_CASE("RLS and policies keep their final state and history", "[catalog]") {
  const auto b = build({"CREATE TABLE t (id int, tenant_id int);\n"
                        "CREATE POLICY p ON t USING (tenant_id = 1);",
                        "ALTER TABLE t ENABLE ROW LEVEL SECURITY;",
                        "ALTER TABLE t DISABLE ROW LEVEL SECURITY;"});
  const auto* t = b.catalog.table("public", "t");
  CHECK_FALSE(t->rls_enabled);
  REQUIRE(t->rls_changes.size() == 2);
  CHECK(t->rls_changes[1].at.file == 2);
  REQUIRE(t->policies.size() == 1);
  CHECK(t->policies[0].using_text == "tenant_id = 1");
}

TEST_CASE("enum values, domains and serial columns", "[catalog]") {
  const auto b = build({R"(
    CREATE TYPE mood AS ENUM ('sad', 'happy');
    ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';
    CREATE DOMAIN pos AS integer CHECK (VALUE > 0);
    CREATE TABLE t (id serial PRIMARY KEY, m mood, p pos);
  )"});
  const auto* ty = b.catalog.type("public", "mood");
  REQUIRE(ty != nullptr);
  CHECK(ty->values == std::vector<std::string>{"sad", "ok", "happy"});
  const auto* t = b.catalog.table("public", "t");
  CHECK(t->column("id")->default_text == "nextval('t_id_seq'::regclass)");
  CHECK(t->column("m")->type.schema == "public");
  CHECK(b.catalog.sequences().size() == 1);
  CHECK(test::problems(b.catalog).empty());
}

TEST_CASE("GRANT CREATE ON SCHEMA records who may create objects there", "[catalog]") {
  const auto b = build({R"(
    CREATE SCHEMA app AUTHORIZATION app_owner;
    CREATE SCHEMA staging;
    CREATE SCHEMA reports;
    GRANT CREATE ON SCHEMA public TO PUBLIC;
    GRANT USAGE ON SCHEMA reports TO PUBLIC;
    GRANT CREATE, USAGE ON SCHEMA app TO app_owner, current_user, deployer;
    GRANT ALL ON SCHEMA staging TO PUBLIC, etl;
    REVOKE CREATE ON SCHEMA staging FROM PUBLIC;
    REVOKE GRANT OPTION FOR CREATE ON SCHEMA staging FROM etl;
  )"});
  auto grantees = [&](std::string_view name) {
    for (const auto& s : b.catalog.schemas()) {
      if (s->name == name) {
        return s->create_grantees;
      }
    }
    FAIL("no schema " << name);
    return std::vector<std::string>{};
  };
  CHECK(grantees("public") == std::vector<std::string>{"public"});
  CHECK(grantees("reports").empty());
  // The owner and the role running the migrations always may create: not recorded.
  CHECK(grantees("app") == std::vector<std::string>{"deployer"});
  CHECK(grantees("staging") == std::vector<std::string>{"etl"});
  CHECK(test::problems(b.catalog).empty());
}

TEST_CASE("a foreign key PostgreSQL cannot implement is marked", "[catalog]") {
  const auto b = build({R"(
    CREATE TABLE orgs (id int PRIMARY KEY);
    CREATE TABLE members (id bigint PRIMARY KEY, org_id varchar REFERENCES orgs (id),
                          org2_id bigint REFERENCES orgs (id));
  )"});
  const auto* m = b.catalog.table("public", "members");
  REQUIRE(m != nullptr);
  CHECK(m->constraint("members_org_id_fkey")->key_types_incompatible);
  CHECK_FALSE(m->constraint("members_org2_id_fkey")->key_types_incompatible);
}

TEST_CASE("equal policy expressions and defaults share one tree; a rename copies it", "[catalog]") {
  const auto b = build({R"(
    CREATE TABLE a (tenant_id int, created_at timestamptz DEFAULT now());
    CREATE TABLE b (tenant_id int, created_at timestamptz DEFAULT now());
    CREATE TABLE c (tenant_id int, created_at timestamptz DEFAULT NOW());
    CREATE POLICY pa ON a USING (tenant_id = current_setting('app.tenant')::int);
    CREATE POLICY pb ON b USING (tenant_id = current_setting('app.tenant')::int)
      WITH CHECK (tenant_id = current_setting('app.tenant')::int);
    CREATE POLICY pc ON c USING (tenant_id = 1);
    ALTER TABLE b RENAME COLUMN tenant_id TO org_id;
  )"});
  const auto* a = b.catalog.table("public", "a");
  const auto* bt = b.catalog.table("public", "b");
  const auto* c = b.catalog.table("public", "c");
  REQUIRE(a != nullptr);
  REQUIRE(bt != nullptr);
  REQUIRE(c != nullptr);
  // Defaults: one tree for now() whatever the spelling (the key is the deparsed text).
  CHECK(a->column("created_at")->default_expr.same_node(bt->column("created_at")->default_expr));
  CHECK(a->column("created_at")->default_expr.same_node(c->column("created_at")->default_expr));
  CHECK(a->column("created_at")->default_expr->name == "now");
  // The renamed table's policy got a copy; the other table's tree is untouched.
  const auto& pa = a->policies.at(0);
  const auto& pb = bt->policies.at(0);
  CHECK_FALSE(pa.using_expr.same_node(pb.using_expr));
  CHECK(pa.using_expr->args.at(0).name == "tenant_id");
  CHECK(pb.using_expr->args.at(0).name == "org_id");
  CHECK(pb.check_expr->args.at(0).name == "org_id");
  CHECK(c->policies.at(0).using_expr->args.at(1).name == "1");
}

TEST_CASE("the expression pool shares only trees of the same shape", "[catalog]") {
  ExprPool pool;
  Expr x;
  x.kind = Expr::Kind::Column;
  x.name = "a";
  Expr y = x;
  y.location = 40; // locations do not matter
  const SharedExpr sx = pool.share("a", x);
  const SharedExpr sy = pool.share("a", y);
  CHECK(sx.same_node(sy));
  // The same text but another tree (a lossy deparse): kept apart.
  Expr z;
  z.kind = Expr::Kind::Other;
  z.name = "a";
  const SharedExpr sz = pool.share("a", z);
  CHECK_FALSE(sz.same_node(sx));
  CHECK(sz->kind == Expr::Kind::Other);
  // Copy on write: the pooled tree does not change.
  SharedExpr w = sx;
  w.mut().name = "b";
  CHECK(sx->name == "a");
  CHECK(w->name == "b");
  CHECK(pool.share("a", x).same_node(sx));
  // A null handle reads as an empty expression.
  const SharedExpr none;
  CHECK_FALSE(none.has_value());
  CHECK(none->kind == Expr::Kind::Other);
}

TEST_CASE("FlatKeyMap agrees with std::map under inserts, updates and erases", "[catalog]") {
  // Few schemas and many names, erased in runs, so that probe sequences wrap and erasures shift
  // entries back across the end of the array.
  catalog::FlatKeyMap<int> flat;
  std::map<std::pair<std::string, std::string>, int> ref;
  std::uint64_t seed = 42;
  auto next = [&seed] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>(seed >> 33U);
  };
  for (int step = 0; step < 60000; ++step) {
    const std::string schema = "s" + std::to_string(next() % 3);
    const std::string name = "t" + std::to_string(next() % 5000);
    const QualName k{schema, name};
    switch (next() % 4) {
    case 0:
    case 1: {
      const auto [it, inserted] = flat.emplace(k, step);
      const bool ref_inserted = ref.emplace(std::make_pair(schema, name), step).second;
      REQUIRE(inserted == ref_inserted);
      REQUIRE(it->second == ref.at({schema, name}));
      break;
    }
    case 2: {
      auto it = flat.find(k);
      const auto r = ref.find({schema, name});
      REQUIRE((it != flat.end()) == (r != ref.end()));
      if (it != flat.end()) {
        flat.erase(it);
        ref.erase(r);
      }
      break;
    }
    default: {
      auto it = flat.find(k);
      const auto r = ref.find({schema, name});
      REQUIRE((it != flat.end()) == (r != ref.end()));
      if (it != flat.end()) {
        REQUIRE(it->second == r->second);
        it->second = -step;
        r->second = -step;
      }
    }
    }
    REQUIRE(flat.size() == ref.size());
  }
  for (const auto& [key, value] : ref) {
    const auto it = flat.find(QualName{key.first, key.second});
    REQUIRE(it != flat.end());
    CHECK(it->second == value);
  }
  CHECK(flat.count(QualName{"nope", "missing"}) == 0);
}

// Issue 9's memory target: the model's per-object sizes, and what stays out of line.
TEST_CASE("the model keeps optional parts out of line and grows tables' arrays by a quarter",
          "[catalog]") {
  STATIC_REQUIRE(sizeof(catalog::Column) <= 80);
  STATIC_REQUIRE(sizeof(catalog::Constraint) <= 128);
  STATIC_REQUIRE(sizeof(catalog::Index) <= 104);
  STATIC_REQUIRE(sizeof(catalog::History) == 24);
  const auto b = build({R"(
    CREATE TABLE t (
      id bigint PRIMARY KEY,
      a int NOT NULL DEFAULT 0 CHECK (a > 0),
      b int GENERATED ALWAYS AS (a * 2) STORED,
      c int REFERENCES t,
      UNIQUE (a) INCLUDE (c)
    );
    CREATE INDEX t_c_idx ON t (c);
    CREATE INDEX t_b_idx ON t (b) INCLUDE (a) WHERE b > 1;
    COMMENT ON INDEX t_c_idx IS 'lookup';
    COMMENT ON CONSTRAINT t_pkey ON t IS 'the key';
    ALTER TABLE t ADD COLUMN d int;
    ALTER TABLE t ADD COLUMN e int;
  )"});
  const auto* t = b.catalog.table("public", "t");
  REQUIRE(t != nullptr);
  const catalog::Column* a = t->column("a");
  REQUIRE(a != nullptr);
  CHECK(a->not_null);
  CHECK(a->has_default);
  CHECK_FALSE(a->generated);
  CHECK(t->column("b")->generated);
  CHECK_FALSE(t->column("c")->not_null);
  // Keys and foreign keys have no rare part; CHECK, INCLUDE and comments do.
  CHECK_FALSE(t->constraint("t_c_fkey")->rare.has_value());
  CHECK(t->constraint("t_a_check")->expr_text() == "a > 0");
  CHECK(t->constraint("t_a_key")->include() == std::vector<std::string>{"c"});
  CHECK(t->constraint("t_pkey")->comment() == "the key");
  CHECK(t->constraint("t_a_check")->using_index().empty());
  CHECK_FALSE(t->index("t_pkey")->rare.has_value());
  CHECK(t->index("t_c_idx")->comment() == "lookup");
  const catalog::Index* partial = t->index("t_b_idx");
  CHECK(partial->has_predicate);
  CHECK(partial->predicate_text() == "b > 1");
  CHECK(partial->predicate_columns() == std::vector<std::string>{"b"});
  CHECK(partial->include() == std::vector<std::string>{"a"});
  CHECK(partial->parent().empty());
  // Two ALTERs: the columns' array was trimmed to its size by Catalog::finish().
  CHECK(t->columns.size() == 6);
  CHECK(t->columns.capacity() == 6);

  std::vector<int> v(100);
  v.shrink_to_fit();
  catalog::append_to(v, 1);
  CHECK(v.capacity() == 125);
  std::vector<int> w;
  catalog::append_to(w, 1);
  CHECK(w.capacity() == 2);
}
