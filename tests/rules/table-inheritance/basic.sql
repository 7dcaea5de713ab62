CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL);
CREATE TABLE login_events (ip inet) INHERITS (events); -- expect: table-inheritance "table login_events inherits from events: its primary key, unique constraints, foreign keys and indexes are not inherited"
CREATE TABLE tagged (tag text);
CREATE TABLE tagged_events () INHERITS (events, tagged); -- expect: table-inheritance "inherits from events, tagged"
