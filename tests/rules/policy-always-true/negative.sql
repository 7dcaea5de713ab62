CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE TABLE tasks (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY p1 ON projects USING (tenant_id = current_setting('app.tenant_id')::uuid);
CREATE POLICY p2 ON projects FOR SELECT USING (false OR tenant_id = current_setting('app.tenant_id')::uuid);
-- Roles that see every tenant by design.
CREATE POLICY service ON projects TO service_role USING (true) WITH CHECK (true);
-- A restrictive tenant policy narrows the permissive catch-all down.
CREATE POLICY tasks_tenant ON tasks AS RESTRICTIVE USING (tenant_id = current_setting('app.tenant_id')::uuid);
CREATE POLICY tasks_all ON tasks USING (true);
-- A restrictive policy that is always true restricts nothing and harms nothing.
CREATE POLICY tasks_noop ON tasks AS RESTRICTIVE FOR SELECT USING (true);
-- Not a tenant table: public reference data may be readable by everyone.
CREATE TABLE countries (code text PRIMARY KEY);
ALTER TABLE countries ENABLE ROW LEVEL SECURITY;
CREATE POLICY countries_read ON countries FOR SELECT USING (true);
