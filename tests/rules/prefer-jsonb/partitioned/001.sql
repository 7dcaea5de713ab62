-- Reported once, on the partitioned parent; partitions carry the same column.
CREATE TABLE logs (id bigint, at date, body json) PARTITION BY RANGE (at); -- expect: prefer-jsonb
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
