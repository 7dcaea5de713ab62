-- Partitioned tables: partitions get the parent's columns, keys, FKs and indexes; pg_dump style
-- ATTACH of existing tables and ALTER INDEX ... ATTACH PARTITION link them.
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE events (
  tenant_id bigint NOT NULL REFERENCES tenants (id),
  id bigint NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_created_idx ON events (created_at);
CREATE TABLE events_2025 (
  tenant_id bigint NOT NULL,
  id bigint NOT NULL,
  created_at timestamptz NOT NULL
);
ALTER TABLE ONLY events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL) PARTITION BY LIST (at);
CREATE TABLE logs_a (id bigint NOT NULL, at date NOT NULL);
ALTER TABLE ONLY logs ATTACH PARTITION logs_a FOR VALUES IN ('2024-01-01');
CREATE INDEX logs_id_idx ON ONLY logs USING btree (id);
CREATE INDEX logs_a_id_idx ON logs_a USING btree (id);
ALTER INDEX logs_id_idx ATTACH PARTITION logs_a_id_idx;
