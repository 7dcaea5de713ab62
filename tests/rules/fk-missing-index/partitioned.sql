CREATE TABLE clients (id bigint PRIMARY KEY);
CREATE TABLE products (id bigint PRIMARY KEY);

-- An index on the partitioned parent covers the FK; partitions get clones of both.
CREATE TABLE orders (
  id bigint NOT NULL,
  placed_on date NOT NULL,
  client_id bigint NOT NULL REFERENCES clients (id),
  product_id bigint,
  PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);
CREATE INDEX idx_orders_client_id ON orders (client_id);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- Without one, the FK is reported once, on the parent (not on every partition). The fix has no
-- CONCURRENTLY, which PostgreSQL does not support on a partitioned table.
CREATE TABLE lines (
  id bigint NOT NULL,
  placed_on date NOT NULL,
  product_id bigint NOT NULL REFERENCES products (id), -- expect: fk-missing-index "lines(product_id)"
  PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);
CREATE TABLE lines_2024 PARTITION OF lines FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE lines_2025 (id bigint NOT NULL, placed_on date NOT NULL, product_id bigint NOT NULL);
ALTER TABLE lines ATTACH PARTITION lines_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- A partition's own FK (not cloned from the parent) is judged on the partition.
CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE orders_2026 ADD CONSTRAINT fk_orders_2026_product FOREIGN KEY (product_id) REFERENCES products (id); -- expect: fk-missing-index "orders_2026(product_id)"
