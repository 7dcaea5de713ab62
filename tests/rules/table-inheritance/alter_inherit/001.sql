CREATE TABLE events (id bigint PRIMARY KEY);
CREATE TABLE old_events (id bigint PRIMARY KEY); -- expect: table-inheritance "old_events inherits from events"
