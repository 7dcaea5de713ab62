CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE INDEX projects_tenant_id_idx ON projects (tenant_id);
-- A primary key or unique constraint that starts with the column counts.
CREATE TABLE tasks (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE TABLE labels (id uuid PRIMARY KEY, tenant_id uuid NOT NULL, name text NOT NULL, UNIQUE (tenant_id, name));
-- So does a partial index.
CREATE TABLE notes (id uuid PRIMARY KEY, tenant_id uuid NOT NULL, deleted_at timestamptz);
CREATE INDEX notes_live_idx ON notes (tenant_id) WHERE deleted_at IS NULL;
