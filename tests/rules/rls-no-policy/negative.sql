CREATE TABLE documents (id bigint PRIMARY KEY, owner text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents USING (owner = current_user);
-- RLS off: not this rule.
CREATE TABLE notes (id bigint PRIMARY KEY);
-- A partitioned table's policies cover queries through it; its partitions are not judged.
CREATE TABLE events (owner text NOT NULL, at timestamptz NOT NULL) PARTITION BY RANGE (at);
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
CREATE POLICY events_owner ON events USING (owner = current_user);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE events_2024 ENABLE ROW LEVEL SECURITY;
