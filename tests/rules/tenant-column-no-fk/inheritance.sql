-- INHERITS children do not inherit foreign keys: the child is judged on its own.
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE items (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id));
-- expect: tenant-column-no-fk "special_items(tenant_id)"
CREATE TABLE special_items (extra text) INHERITS (items);
-- Partitions do get the parent's FK (and are not judged on their own anyway).
CREATE TABLE events (
  tenant_id bigint NOT NULL REFERENCES tenants (id),
  at timestamptz NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
