CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint, status text);
CREATE INDEX orders_client ON orders (client_id); -- expect: redundant-index "orders_client_status"
