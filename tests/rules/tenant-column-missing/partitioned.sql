-- Partitions follow their parent: the finding is on the partitioned table only.
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE projects (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id));
CREATE TABLE users (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id));
-- expect: tenant-column-missing "events"
CREATE TABLE events (
  project_id bigint NOT NULL REFERENCES projects (id),
  at timestamptz NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- A partitioned tenant table with the column: its partitions are fine too.
CREATE TABLE metrics (
  tenant_id bigint NOT NULL REFERENCES tenants (id),
  at timestamptz NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
