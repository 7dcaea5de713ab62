CREATE TABLE clients (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint, placed_on date, client_id bigint REFERENCES clients,
  PRIMARY KEY (id, placed_on)) PARTITION BY RANGE (placed_on);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- Reported once, on the parent (the partition gets a clone).
ALTER TABLE orders ADD CONSTRAINT fk_orders_client FOREIGN KEY (client_id) REFERENCES clients (id); -- expect: duplicate-foreign-key
