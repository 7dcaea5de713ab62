CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint, status text);
CREATE INDEX orders_client_id_idx ON orders (client_id);
CREATE INDEX orders_status_idx ON orders (status);
