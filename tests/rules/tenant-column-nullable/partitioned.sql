-- Partitions follow their parent: one finding, on the partitioned table.
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id));
CREATE TABLE events (
  tenant_id bigint, -- expect: tenant-column-nullable
  at timestamptz NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
