CREATE TABLE clients (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint NOT NULL);
CREATE TABLE notes (id bigint PRIMARY KEY, order_id bigint NOT NULL);
CREATE INDEX idx_notes_order_id ON notes (order_id);
