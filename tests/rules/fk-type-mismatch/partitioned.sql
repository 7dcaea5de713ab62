CREATE TABLE clients (id bigint PRIMARY KEY);
-- Reported once, on the partitioned parent (its partitions carry clones of the FK).
CREATE TABLE orders (
  id bigint NOT NULL,
  placed_on date NOT NULL,
  client_id int REFERENCES clients (id), -- expect: fk-type-mismatch
  PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
