CREATE TABLE products (id bigint PRIMARY KEY);

-- PostgreSQL 15 refuses a NOT VALID foreign key on a partitioned table: the fix adds it valid.
CREATE TABLE orders (
  id bigint NOT NULL,
  placed_on date NOT NULL,
  product_id bigint, -- expect: missing-foreign-key "orders(product_id) has no foreign key; it likely references products(id)"
  PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
