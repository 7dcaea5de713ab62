CREATE TABLE clients (id bigint PRIMARY KEY);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL REFERENCES clients (id) -- expect: fk-missing-index
);
CREATE INDEX idx_orders_client_id ON orders (client_id);
