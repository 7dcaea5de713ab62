-- tenant_id is detected (on 2 of 3 tables): (tenant_id, id) is not a composite key in the 2NF
-- sense, and the tenant's attributes next to it are not reported here.
CREATE TABLE tenants (id bigint PRIMARY KEY, name text);
CREATE TABLE projects (
  tenant_id bigint NOT NULL REFERENCES tenants (id),
  id bigint NOT NULL,
  tenant_name text,
  PRIMARY KEY (tenant_id, id)
);
CREATE TABLE tasks (tenant_id bigint NOT NULL REFERENCES tenants (id), id bigint NOT NULL, PRIMARY KEY (tenant_id, id));
