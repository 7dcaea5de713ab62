CREATE TABLE customers (id bigint PRIMARY KEY, email text UNIQUE);
-- Names PostgreSQL generates, and the same names written out (as pg_dump does), are fine.
CREATE TABLE orders (
  id bigint,
  customer_id bigint REFERENCES customers (id),
  total numeric CHECK (total > 0),
  CONSTRAINT orders_pkey PRIMARY KEY (id)
);
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey1 FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE orders ADD CONSTRAINT orders_total_check1 CHECK (total < 1000000);
CREATE INDEX ON orders (total);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
-- Names that match the patterns.
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE orders ADD CONSTRAINT chk_orders_total CHECK (total IS NOT NULL);
ALTER TABLE orders ADD CONSTRAINT uq_orders_total UNIQUE (total);
ALTER TABLE customers ADD CONSTRAINT customers_email_unique UNIQUE (email);
CREATE INDEX idx_orders_total ON orders (total);
CREATE UNIQUE INDEX uq_orders_customer ON orders (customer_id);
-- Partitions' cloned indexes are named by PostgreSQL.
CREATE TABLE events (id bigint, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX idx_events_at ON events (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
