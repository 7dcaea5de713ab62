// The tenancy model (src/analysis/tenancy.cpp), the RLS history and policy expression helpers,
// and the supabase preset.
#include "analysis/analysis.h"
#include "analysis/policy_expr.h"
#include "analysis/rls_history.h"
#include "config/config.h"
#include "support/catalog_helpers.h"

#include <catch2/catch.hpp>

using namespace ddlint;
using analysis::TenantScope;
using ddlint::test::build;

namespace {

TenantScope scope_of(const analysis::Tenancy& t, const catalog::Catalog& c, const char* name) {
  const catalog::Table* tbl = c.table("public", name);
  REQUIRE(tbl != nullptr);
  return t.scope(*tbl);
}

} // namespace

TEST_CASE("tenancy is detected from the most common candidate column", "[analysis]") {
  const auto b = build({R"(
    CREATE TABLE accounts (id uuid PRIMARY KEY);
    CREATE TABLE projects (id uuid PRIMARY KEY, account_id uuid NOT NULL REFERENCES accounts (id));
    CREATE TABLE tasks (id uuid PRIMARY KEY, account_id uuid NOT NULL REFERENCES accounts (id));
    CREATE TABLE invoices (id uuid PRIMARY KEY, account_id uuid NOT NULL REFERENCES accounts (id));
    CREATE TABLE labels (id uuid PRIMARY KEY, account_id uuid NOT NULL);
    CREATE TABLE comments (id uuid PRIMARY KEY, task_id uuid REFERENCES tasks (id));
    CREATE TABLE replies (id uuid PRIMARY KEY, comment_id uuid REFERENCES comments (id));
    CREATE TABLE countries (code text PRIMARY KEY);
  )"});
  const Config cfg = default_config();
  const analysis::Tenancy t(b.catalog, cfg);
  CHECK(t.source() == analysis::Tenancy::Source::Detected);
  CHECK(t.columns() == std::vector<std::string>{"account_id"});
  CHECK(t.root_names() == std::vector<std::string>{"public.accounts"});
  CHECK(scope_of(t, b.catalog, "accounts") == TenantScope::Root);
  CHECK(scope_of(t, b.catalog, "projects") == TenantScope::Tenant);
  // Points at tenant data, transitively: tenant-scoped without the column.
  CHECK(scope_of(t, b.catalog, "comments") == TenantScope::Tenant);
  CHECK(scope_of(t, b.catalog, "replies") == TenantScope::Tenant);
  // Points at nothing: shared.
  CHECK(scope_of(t, b.catalog, "countries") == TenantScope::Global);
  CHECK(t.note().find("detected tenant column account_id on 4 of 8 tables") != std::string::npos);
}

TEST_CASE("tenancy stays absent below half of the tables", "[analysis]") {
  const auto b = build({R"(
    CREATE TABLE a (id int PRIMARY KEY, tenant_id int);
    CREATE TABLE b (id int PRIMARY KEY, tenant_id int);
    CREATE TABLE c (id int PRIMARY KEY);
    CREATE TABLE d (id int PRIMARY KEY);
    CREATE TABLE e (id int PRIMARY KEY);
  )"});
  const analysis::Tenancy t(b.catalog, default_config());
  CHECK_FALSE(t.active());
  CHECK(t.note().find("no tenant column detected") != std::string::npos);
  CHECK(scope_of(t, b.catalog, "a") == TenantScope::None);
}

TEST_CASE("configured tenancy: globs, roots, globals, allow_indirect", "[analysis]") {
  const auto b = build({R"(
    CREATE SCHEMA iam;
    CREATE TABLE iam.orgs (id bigint PRIMARY KEY);
    CREATE TABLE projects (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES iam.orgs (id));
    CREATE TABLE tasks (id bigint PRIMARY KEY, project_id bigint NOT NULL REFERENCES projects (id));
    CREATE TABLE notes (id bigint PRIMARY KEY, task_id bigint NOT NULL REFERENCES tasks (id));
    CREATE TABLE files (id bigint PRIMARY KEY, task_id bigint REFERENCES tasks (id));
    CREATE TABLE plan_limits (id bigint PRIMARY KEY);
    CREATE TABLE events (org_id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
    CREATE TABLE events_1 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
    CREATE VIEW v AS SELECT id FROM projects;
  )"});
  const Config cfg = parse_config(R"({"tenancy": {"columns": ["org_id"], "root_tables": ["iam.*"],
      "global_tables": ["plan_*"], "allow_indirect": true}})",
                                  "cfg", ".");
  const analysis::Tenancy t(b.catalog, cfg);
  CHECK(t.source() == analysis::Tenancy::Source::Configured);
  CHECK(t.note().empty());
  CHECK(t.is_root(QualName{"iam", "orgs"}));
  CHECK(scope_of(t, b.catalog, "projects") == TenantScope::Tenant);
  CHECK(scope_of(t, b.catalog, "tasks") == TenantScope::Indirect);
  CHECK(scope_of(t, b.catalog, "notes") == TenantScope::Indirect);
  CHECK(scope_of(t, b.catalog, "files") == TenantScope::Tenant); // nullable FK: not indirect
  CHECK(scope_of(t, b.catalog, "plan_limits") == TenantScope::Global);
  CHECK(scope_of(t, b.catalog, "events_1") == TenantScope::Tenant); // follows its parent
  CHECK_FALSE(analysis::Tenancy::judged(*b.catalog.table("public", "events_1")));
  CHECK(scope_of(t, b.catalog, "v") == TenantScope::None);
}

TEST_CASE("RLS history points at the statement that undid protection", "[analysis]") {
  const auto b = build({"CREATE TABLE d (id int PRIMARY KEY);\n"
                        "ALTER TABLE d ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;\n"
                        "CREATE POLICY p ON d USING (true);\n",
                        "ALTER TABLE d DISABLE ROW LEVEL SECURITY;\n"
                        "ALTER TABLE d NO FORCE ROW LEVEL SECURITY;\n"
                        "DROP POLICY p ON d;\n"});
  const catalog::Table* d = b.catalog.table("public", "d");
  REQUIRE(d != nullptr);
  const SourceRef* reopened = analysis::rls_reopened_at(*d);
  REQUIRE(reopened != nullptr);
  CHECK(reopened->file == 1);
  const SourceRef* unforced = analysis::rls_unforced_at(*d);
  REQUIRE(unforced != nullptr);
  CHECK(unforced->file == 1);
  CHECK(unforced->begin > reopened->begin);
  const auto* dropped = analysis::last_policy_dropped(*d);
  REQUIRE(dropped != nullptr);
  CHECK(dropped->first == "p");
}

TEST_CASE("policy expressions: constant truth, column resolution, metadata", "[analysis]") {
  const auto b = build({R"(
    CREATE TABLE members (user_id uuid, tenant_id uuid);
    CREATE TABLE t (id int, tenant_id uuid);
    CREATE POLICY a ON t USING (1 = 1 OR id > 0);
    CREATE POLICY b ON t USING (NOT (id = id) AND false);
    CREATE POLICY c ON t USING (EXISTS (SELECT 1 FROM members m WHERE m.tenant_id = t.tenant_id));
    CREATE POLICY d ON t USING (EXISTS (SELECT 1 FROM members WHERE tenant_id = tenant_id));
    CREATE POLICY e ON t USING (auth.jwt() #>> '{user_metadata,org}' = 'x');
  )"});
  const catalog::Table* t = b.catalog.table("public", "t");
  REQUIRE(t != nullptr);
  auto using_of = [&](const char* name) -> const Expr& { return t->policy(name)->using_expr; };
  CHECK(analysis::constant_truth(using_of("a")) == std::optional<bool>(true));
  CHECK(analysis::constant_truth(using_of("b")) == std::optional<bool>(false));
  CHECK(analysis::policy_column_refs(using_of("c"), *t, "tenant_id", b.catalog).size() == 1);
  CHECK(analysis::policy_column_refs(using_of("d"), *t, "tenant_id", b.catalog).empty());
  CHECK(analysis::user_metadata_read(using_of("e")).find("user_metadata") != std::string::npos);
  CHECK(analysis::accessor_key(std::string_view("auth.jwt() ->> 'tenant_id'")) ==
        "auth.jwt->>'tenant_id'");
}

TEST_CASE("the supabase preset exposes public and knows Supabase's objects", "[config]") {
  const Config c = parse_config(R"({"extends": "supabase"})", "cfg", ".");
  CHECK(c.exposed_schemas == std::vector<std::string>{"public"});
  CHECK(c.is_external("auth.users"));
  CHECK(c.is_external("auth.uid()"));
  CHECK(c.is_external("storage.objects"));
  CHECK(c.is_external("extensions.uuid_generate_v4()"));
  CHECK_FALSE(c.enabled("rls-not-forced"));
  CHECK(c.enabled("rls-missing"));
  CHECK(c.severity("rls-no-policy") == Severity::Info);
  CHECK(c.enabled("policy-user-metadata"));
}
