CREATE TABLE customers (id bigint CONSTRAINT pk_customers PRIMARY KEY);
CREATE TABLE orders (
  id bigint CONSTRAINT orders_pkey PRIMARY KEY,
  customer_id bigint CONSTRAINT orders_customer_fk REFERENCES customers (id),
  code text CONSTRAINT orders_code_uq UNIQUE,
  total numeric CONSTRAINT chk_total CHECK (total > 0) -- expect: constraint-naming "does not match the naming pattern _ck$"
);
CREATE INDEX orders_total_idx ON orders (total);
CREATE INDEX idx_orders_code ON orders (code); -- expect: constraint-naming "_idx$"
