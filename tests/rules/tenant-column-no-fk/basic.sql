CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE TABLE tasks (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE TABLE documents (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL -- expect: tenant-column-no-fk "tenant column documents(tenant_id) is not a foreign key to tenants"
);
-- Type differs from the root's key: reported, but no fix is offered.
CREATE TABLE labels (
  id uuid PRIMARY KEY,
  tenant_id text NOT NULL -- expect: tenant-column-no-fk "labels(tenant_id)"
);
