-- Detected tenancy: tenant_id on 3 of 5 tables.
CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE memberships (user_id uuid NOT NULL, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id), is_public boolean NOT NULL);
CREATE TABLE tasks (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id), project_id uuid NOT NULL);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
-- expect: policy-tenant-scope "policy public_projects on projects never reads the tenant column tenant_id in its USING clause"
CREATE POLICY public_projects ON projects FOR SELECT USING (is_public);
-- A sub-select that reads tenant_id of its own relation does not scope projects.
-- expect: policy-tenant-scope "projects_members"
CREATE POLICY projects_members ON projects FOR SELECT USING (
  EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = m.tenant_id AND m.user_id = auth.uid())
);
-- An unqualified tenant_id inside the sub-select is the sub-select's own column.
-- expect: policy-tenant-scope "projects_members_2"
CREATE POLICY projects_members_2 ON projects FOR SELECT USING (
  EXISTS (SELECT 1 FROM memberships WHERE tenant_id = tenant_id AND user_id = auth.uid())
);
-- The USING of an UPDATE policy without WITH CHECK also checks the written rows.
-- expect: policy-tenant-scope "in its USING clause, which also checks written rows"
CREATE POLICY tasks_update ON tasks FOR UPDATE USING (project_id IS NOT NULL);
-- For FOR ALL, both clauses must read the tenant column.
-- expect: policy-tenant-scope "tasks_all on tasks never reads the tenant column tenant_id in its WITH CHECK clause"
CREATE POLICY tasks_all ON tasks
  USING (tenant_id = current_setting('app.tenant_id')::uuid)
  WITH CHECK (project_id IS NOT NULL);
-- A value from a request header is not a trusted tenant accessor.
-- expect: policy-tenant-scope "compares the tenant column tenant_id only with (current_setting('request.headers')::json ->> 'x-tenant-id')::uuid"
CREATE POLICY tasks_header ON tasks FOR SELECT
  USING (tenant_id = (current_setting('request.headers')::json ->> 'x-tenant-id')::uuid);
-- Reading the tenant column without requiring it to equal the current tenant.
-- expect: policy-tenant-scope "policy tasks_not_mine on tasks reads the tenant column tenant_id in its USING clause but never requires it to equal the current tenant"
CREATE POLICY tasks_not_mine ON tasks FOR SELECT
  USING (tenant_id <> current_setting('app.tenant_id')::uuid);
-- expect: policy-tenant-scope "tasks_not_null"
CREATE POLICY tasks_not_null ON tasks FOR SELECT USING (tenant_id IS NOT NULL);
-- Every tenant is in tenants: an uncorrelated IN over it lets all of them through.
-- expect: policy-tenant-scope "tasks_any_tenant"
CREATE POLICY tasks_any_tenant ON tasks FOR SELECT USING (tenant_id IN (SELECT id FROM tenants));
-- A correlated EXISTS that only checks the tenant exists.
-- expect: policy-tenant-scope "tasks_tenant_exists"
CREATE POLICY tasks_tenant_exists ON tasks FOR SELECT USING (
  EXISTS (SELECT 1 FROM tenants t WHERE t.id = tasks.tenant_id)
);
-- Inside a sub-select (tenant_id resolves outwards), IS NOT NULL still accepts every tenant.
CREATE TABLE admins (user_id uuid PRIMARY KEY);
-- expect: policy-tenant-scope "tasks_admins on tasks reads the tenant column"
CREATE POLICY tasks_admins ON tasks FOR SELECT USING (
  EXISTS (SELECT 1 FROM admins a WHERE a.user_id = auth.uid() AND tenant_id IS NOT NULL)
);
-- Negation and a disjunction with an unscoped branch.
-- expect: policy-tenant-scope "tasks_negated"
CREATE POLICY tasks_negated ON tasks FOR SELECT
  USING (NOT (tenant_id = current_setting('app.tenant_id')::uuid));
-- expect: policy-tenant-scope "tasks_or_public"
CREATE POLICY tasks_or_public ON tasks FOR SELECT
  USING (tenant_id = current_setting('app.tenant_id')::uuid OR project_id IS NOT NULL);
-- A restrictive policy that only tests IS NOT NULL scopes nothing.
CREATE POLICY tasks_restrictive ON tasks AS RESTRICTIVE FOR DELETE USING (tenant_id IS NOT NULL);
-- expect: policy-tenant-scope "tasks_delete"
CREATE POLICY tasks_delete ON tasks FOR DELETE USING (project_id IS NOT NULL);
