-- Detected tenancy: tenant_id is on 3 of the 6 tables (at least half), and its FK target
-- tenants is the root.
CREATE TABLE tenants (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE TABLE tasks (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  project_id uuid NOT NULL REFERENCES projects (id)
);
CREATE TABLE documents (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
-- Points at tenant data but does not carry the tenant column.
CREATE TABLE comments ( -- expect: tenant-column-missing "tenant-scoped table comments has no tenant column (tenant_id)"
  id uuid PRIMARY KEY,
  task_id uuid NOT NULL REFERENCES tasks (id),
  body text NOT NULL
);
-- Detected tenancy has no list of shared tables: a table that neither carries tenant_id nor
-- points at tenant data is taken as shared.
CREATE TABLE countries (code text PRIMARY KEY, name text NOT NULL);
-- Views are never tenant-scoped.
CREATE VIEW open_tasks AS SELECT id, project_id FROM tasks;
