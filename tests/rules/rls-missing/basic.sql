-- Detected tenancy (tenant_id on 3 of 5 tables): tenant tables need row-level security.
CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id)); -- expect: rls-missing "table projects holds tenant rows but has no row-level security"
CREATE TABLE tasks (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tasks_tenant ON tasks USING (tenant_id = current_setting('app.tenant_id')::uuid);
-- A tenant table that lacks the column (tenant-column-missing) holds tenant rows all the same.
CREATE TABLE comments (id uuid PRIMARY KEY, task_id uuid NOT NULL REFERENCES tasks (id)); -- expect: rls-missing "comments"
CREATE TABLE documents (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
-- The root and shared tables are not tenant tables.
CREATE TABLE countries (code text PRIMARY KEY);
