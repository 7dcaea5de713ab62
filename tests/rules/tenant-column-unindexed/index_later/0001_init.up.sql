CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE projects (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id));
CREATE TABLE tasks (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id)); -- expect: tenant-column-unindexed
