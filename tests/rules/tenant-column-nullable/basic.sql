CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (
  id uuid PRIMARY KEY,
  tenant_id uuid REFERENCES tenants (id) -- expect: tenant-column-nullable@3 "tenant column projects(tenant_id) allows NULL"
);
CREATE TABLE tasks (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id)
);
-- A primary key column is NOT NULL.
CREATE TABLE tenant_settings (tenant_id uuid PRIMARY KEY REFERENCES tenants (id), theme text);
