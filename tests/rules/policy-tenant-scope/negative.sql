CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE memberships (user_id uuid NOT NULL, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id), owner_id uuid NOT NULL);
CREATE TABLE tasks (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE FUNCTION current_tenant() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant_id')::uuid $$;
CREATE FUNCTION is_member(uuid) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT true $$;
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
-- Direct comparisons with trusted accessors.
CREATE POLICY p1 ON projects USING (tenant_id = current_setting('app.tenant_id')::uuid);
CREATE POLICY p2 ON projects FOR SELECT USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
CREATE POLICY p3 ON projects FOR SELECT USING (tenant_id = (auth.jwt() ->> 'tenant_id')::uuid);
CREATE POLICY p4 ON projects FOR SELECT USING (tenant_id = (auth.jwt() -> 'app_metadata' ->> 'tenant_id')::uuid);
-- Helper functions defined in the inputs.
CREATE POLICY p5 ON projects FOR SELECT USING (tenant_id = current_tenant());
CREATE POLICY p6 ON projects FOR SELECT USING (is_member(tenant_id));
-- IN (SELECT ...) and correlated EXISTS.
CREATE POLICY p7 ON projects FOR SELECT USING (
  tenant_id IN (SELECT tenant_id FROM memberships WHERE user_id = auth.uid())
);
CREATE POLICY p8 ON projects FOR DELETE USING (
  EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = projects.tenant_id AND m.user_id = auth.uid())
);
-- Unqualified inside a sub-select whose relations lack the column: resolved outwards.
CREATE TABLE admins (user_id uuid PRIMARY KEY, org uuid NOT NULL);
CREATE POLICY p9 ON tasks FOR SELECT USING (
  EXISTS (SELECT 1 FROM admins a WHERE a.user_id = auth.uid() AND a.org = tenant_id)
);
-- = ANY, IN (list), a correlated IN whose test restricts the sub-select, AND with other checks,
-- OR whose every branch is scoped.
CREATE POLICY p14 ON projects FOR SELECT USING (
  tenant_id = ANY (string_to_array(current_setting('app.tenant_ids'), ',')::uuid[])
);
CREATE POLICY p15 ON projects FOR SELECT USING (
  tenant_id IN (current_setting('app.tenant_id')::uuid, current_setting('app.parent_tenant_id')::uuid)
);
CREATE POLICY p16 ON projects FOR SELECT USING (
  auth.uid() IN (SELECT m.user_id FROM memberships m WHERE m.tenant_id = projects.tenant_id)
);
CREATE POLICY p17 ON projects FOR SELECT USING (
  tenant_id IS NOT NULL AND tenant_id = current_tenant()
);
CREATE POLICY p18 ON projects FOR SELECT USING (
  tenant_id = current_tenant() OR tenant_id = current_setting('app.parent_tenant_id')::uuid
);
-- Rows tied to the current user are narrower than the tenant (reads only).
CREATE POLICY p10 ON projects FOR SELECT USING (owner_id = (SELECT auth.uid()));
-- Restrictive policies do not need it; a restrictive tenant policy scopes the permissive ones.
CREATE POLICY r1 ON tasks AS RESTRICTIVE USING (tenant_id = current_setting('app.tenant_id')::uuid);
CREATE POLICY p11 ON tasks FOR SELECT USING (id IS NOT NULL);
-- Policies only for privileged roles.
CREATE POLICY p12 ON projects TO service_role USING (owner_id IS NOT NULL);
-- USING (true) is policy-always-true's finding.
CREATE POLICY p13 ON projects FOR SELECT TO authenticated USING (true);
