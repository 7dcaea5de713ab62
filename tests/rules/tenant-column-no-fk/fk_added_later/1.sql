CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL);
CREATE TABLE tasks (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
