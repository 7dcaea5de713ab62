CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_kind ON events (kind);
-- Reported once, on the parent; the partitions' clones stay quiet. No CONCURRENTLY on a
-- partitioned table.
CREATE INDEX events_kind_again ON events (kind); -- expect: duplicate-index "events(kind)"
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
