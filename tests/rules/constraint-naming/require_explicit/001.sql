CREATE TABLE customers (id bigint PRIMARY KEY); -- expect: constraint-naming "primary key customers_pkey on customers has no explicit name: PostgreSQL chose it"
CREATE TABLE orders (
  id bigint CONSTRAINT orders_pkey PRIMARY KEY,
  customer_id bigint REFERENCES customers (id) -- expect: constraint-naming "foreign key orders_customer_id_fkey"
);
CREATE INDEX ON orders (customer_id); -- expect: constraint-naming "index orders_customer_id_idx on orders has no explicit name"
