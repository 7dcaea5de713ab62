CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE TABLE tasks (id uuid PRIMARY KEY, tenant_id uuid NOT NULL);
ALTER TABLE tasks ADD CONSTRAINT tasks_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (id);
-- A composite FK that carries the tenant column to another tenant table anchors it as well.
ALTER TABLE projects ADD CONSTRAINT projects_tenant_id_id_key UNIQUE (tenant_id, id);
CREATE TABLE comments (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  project_id uuid NOT NULL,
  FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id)
);
