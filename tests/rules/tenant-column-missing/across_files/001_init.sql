CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE TABLE tasks (id uuid PRIMARY KEY, project_id uuid NOT NULL REFERENCES projects (id));
CREATE TABLE labels (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id)); -- expect: tenant-column-missing
