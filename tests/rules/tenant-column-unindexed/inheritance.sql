-- INHERITS children do not inherit indexes: the child needs its own.
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE items (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id));
CREATE INDEX items_tenant_id_idx ON items (tenant_id);
-- expect: tenant-column-unindexed "special_items"
CREATE TABLE special_items (extra text) INHERITS (items);
