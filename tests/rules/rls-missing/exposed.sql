-- security.exposed_schemas (exposed.ddlint.json): every table there needs RLS, tenant or not.
CREATE SCHEMA api;
CREATE SCHEMA private;
CREATE TABLE api.profiles (id uuid PRIMARY KEY, bio text); -- expect: rls-missing "table api.profiles is in the exposed schema api but has no row-level security"
CREATE TABLE api.posts (id uuid PRIMARY KEY, body text);
ALTER TABLE api.posts ENABLE ROW LEVEL SECURITY;
CREATE TABLE private.jobs (id uuid PRIMARY KEY);
-- Partitions follow their parent: one finding.
CREATE TABLE api.events (at timestamptz NOT NULL) PARTITION BY RANGE (at); -- expect: rls-missing "api.events"
CREATE TABLE api.events_2024 PARTITION OF api.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
