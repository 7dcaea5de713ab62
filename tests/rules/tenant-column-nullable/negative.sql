-- Every tenant column is NOT NULL, written in the ways PostgreSQL accepts.
CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE TABLE tasks (id uuid PRIMARY KEY, tenant_id uuid REFERENCES tenants (id));
ALTER TABLE tasks ALTER COLUMN tenant_id SET NOT NULL;
-- The root table's own columns are not judged.
CREATE TABLE labels (id uuid PRIMARY KEY, tenant_id uuid CONSTRAINT nn NOT NULL);
