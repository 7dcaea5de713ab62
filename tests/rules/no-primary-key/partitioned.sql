-- A partitioned table without a key is reported once, not once per partition.
CREATE TABLE measurements (sensor int, at date, value numeric) PARTITION BY RANGE (at); -- expect: no-primary-key
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
