-- tenant_id is detected (on 2 of 3 tables): the tenant column is never a copy.
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE customers (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id), name text);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  tenant_id bigint NOT NULL REFERENCES tenants (id),
  customer_id bigint NOT NULL REFERENCES customers (id),
  customer_tenant_id bigint
);
