CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE projects (
  tenant_id bigint NOT NULL REFERENCES tenants (id),
  id bigint NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE TABLE tasks (
  tenant_id bigint NOT NULL REFERENCES tenants (id),
  id bigint NOT NULL,
  project_id bigint NOT NULL,
  parent_id bigint,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, project_id) REFERENCES projects,
  FOREIGN KEY (tenant_id, parent_id) REFERENCES tasks (tenant_id, id)
);
