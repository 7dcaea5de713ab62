-- A partitioned table: one finding on the parent, and the fix cannot use CONCURRENTLY.
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id));
CREATE INDEX ON users (tenant_id);
CREATE TABLE events (
  tenant_id bigint NOT NULL REFERENCES tenants (id), -- expect: tenant-column-unindexed "events"
  at timestamptz NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- An index on the parent reaches every partition.
CREATE TABLE metrics (
  tenant_id bigint NOT NULL REFERENCES tenants (id),
  at timestamptz NOT NULL
) PARTITION BY RANGE (at);
CREATE INDEX ON metrics (tenant_id, at);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
