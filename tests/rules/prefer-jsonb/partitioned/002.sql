CREATE TABLE logs_2025 (id bigint, at date, body json);
ALTER TABLE logs ATTACH PARTITION logs_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
