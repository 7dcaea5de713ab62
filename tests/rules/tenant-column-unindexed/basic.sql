CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id) -- expect: tenant-column-unindexed "no index of projects leads with the tenant column tenant_id"
);
-- A composite index whose second column is tenant_id does not help tenant-filtered queries.
CREATE TABLE tasks (
  id uuid PRIMARY KEY,
  project_id uuid NOT NULL,
  tenant_id uuid NOT NULL REFERENCES tenants (id) -- expect: tenant-column-unindexed
);
CREATE INDEX tasks_project_tenant_idx ON tasks (project_id, tenant_id);
-- An expression index never leads with the column.
CREATE TABLE labels (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL, -- expect: tenant-column-unindexed
  name text NOT NULL
);
CREATE INDEX labels_tenant_text_idx ON labels ((tenant_id::text));
