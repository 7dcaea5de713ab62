-- No tenant column on at least half of the tables: tenancy rules stay silent.
CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE TABLE tasks (id uuid PRIMARY KEY, project_id uuid NOT NULL REFERENCES projects (id));
CREATE TABLE comments (id uuid PRIMARY KEY, task_id uuid NOT NULL REFERENCES tasks (id));
CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL);
