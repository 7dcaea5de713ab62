-- No fix where PostgreSQL refuses ALTER COLUMN ... TYPE: a column a view reads, a partition key,
-- a column a policy reads.
CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamp); -- expect: prefer-timestamptz "events(created_at)"
CREATE VIEW recent_events AS SELECT id, created_at FROM events;

CREATE TABLE audit (id bigint, logged_at timestamp NOT NULL) PARTITION BY RANGE (logged_at); -- expect: prefer-timestamptz "audit(logged_at)"
CREATE TABLE audit_2024 PARTITION OF audit FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE notes (id bigint PRIMARY KEY, visible_from timestamp); -- expect: prefer-timestamptz "notes(visible_from)"
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_visible ON notes USING (visible_from < now());

-- A view reading a partition blocks the change on the parent (it recurses into the partition).
CREATE TABLE logs (id bigint, at timestamp, day date NOT NULL) PARTITION BY RANGE (day); -- expect: prefer-timestamptz "logs(at)"
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE VIEW logs_2024_view AS SELECT at FROM logs_2024;
