-- INHERITS children inherit neither FKs nor indexes: each table is judged on its own.
CREATE TABLE clients (id bigint PRIMARY KEY);
CREATE TABLE events (id bigint PRIMARY KEY, client_id bigint REFERENCES clients (id));
CREATE INDEX idx_events_client_id ON events (client_id);

-- The child has the column but no FK: nothing to index for this rule.
CREATE TABLE login_events (ip inet) INHERITS (events);

-- The child's own FK needs the child's own index.
CREATE TABLE page_events (
  url text,
  CONSTRAINT fk_page_events_client FOREIGN KEY (client_id) REFERENCES clients (id) -- expect: fk-missing-index
) INHERITS (events);
