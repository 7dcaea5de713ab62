CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE TABLE tasks (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
-- Policies but no RLS is policy-rls-disabled's finding, not this one.
CREATE TABLE labels (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE POLICY labels_tenant ON labels USING (tenant_id = current_setting('app.tenant_id')::uuid);
-- Views are not tables.
CREATE VIEW project_names AS SELECT id FROM projects;
