-- Without any FK on the tenant column there is no root to name.
CREATE TABLE projects (id bigint PRIMARY KEY, workspace_id bigint NOT NULL); -- expect: tenant-column-no-fk "is not a foreign key"
CREATE TABLE tasks (id bigint PRIMARY KEY, workspace_id bigint NOT NULL); -- expect: tenant-column-no-fk
