CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamptz, parent_ts timestamp);
CREATE TABLE archived_events () INHERITS (events);
