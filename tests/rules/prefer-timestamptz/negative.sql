CREATE DOMAIN utc_ts AS timestamptz;
CREATE TABLE events (
  id bigint PRIMARY KEY,
  created_at timestamp with time zone,
  updated_at timestamptz(6),
  seen utc_ts,
  day date,
  at_time time
);
-- Views are not checked: their columns come from the tables.
CREATE VIEW event_days AS SELECT id, created_at::timestamp AS local_created FROM events;
