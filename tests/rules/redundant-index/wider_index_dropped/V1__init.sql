CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint, status text);
CREATE INDEX orders_client ON orders (client_id);
CREATE INDEX orders_client_status ON orders (client_id, status);
