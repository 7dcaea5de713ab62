CREATE TABLE customer (id bigint PRIMARY KEY);
-- Renames count: the final names are checked (the finding stays at the definition).
CREATE TABLE orders (id bigint PRIMARY KEY, customer_ref bigint); -- expect: missing-foreign-key "orders(client_id) has no foreign key; it likely references clients(id)"
ALTER TABLE customer RENAME TO clients;
ALTER TABLE orders RENAME COLUMN customer_ref TO client_id;
