CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  UNIQUE (tenant_id, id)
);
CREATE TABLE tasks (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  project_id uuid NOT NULL,
  -- Right: the tenant column on both sides, to a UNIQUE (tenant_id, id).
  FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id)
);
CREATE TABLE comments (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  -- Wrong: a comment can point at another tenant's task.
  task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE, -- expect: tenant-fk-scope "foreign key comments(task_id) → tasks(id) does not include the tenant column tenant_id"
  project_id uuid,
  -- Wrong: the tenant column is there but paired with the wrong target column.
  CONSTRAINT comments_project_fk FOREIGN KEY (tenant_id, project_id) REFERENCES projects (id, tenant_id) -- expect: tenant-fk-scope "pairs the tenant column tenant_id with projects(id)"
);
-- FKs to the root or to shared tables are not between two tenant tables.
CREATE TABLE countries (code text PRIMARY KEY);
CREATE TABLE offices (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  country text NOT NULL REFERENCES countries (code)
);
