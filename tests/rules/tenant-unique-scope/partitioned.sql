-- Partitions follow their parent: the unique index cloned onto each partition is not reported
-- again.
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id));
CREATE TABLE events (
  tenant_id bigint NOT NULL REFERENCES tenants (id),
  code text NOT NULL,
  at timestamptz NOT NULL
) PARTITION BY RANGE (at);
CREATE UNIQUE INDEX events_code_at_idx ON events (code, at); -- expect: tenant-unique-scope "events(code, at)"
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
