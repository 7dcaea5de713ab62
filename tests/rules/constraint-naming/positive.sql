CREATE TABLE customers (id bigint CONSTRAINT customers_key PRIMARY KEY); -- expect: constraint-naming "primary key customers_key on customers does not match the naming pattern _pkey$"
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint,
  total numeric,
  email text,
  CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id), -- expect: constraint-naming "foreign key orders_customer on orders does not match the naming pattern ^fk_"
  CONSTRAINT positive_total CHECK (total > 0), -- expect: constraint-naming "check constraint positive_total"
  CONSTRAINT one_email_per_order UNIQUE (email) -- expect: constraint-naming "unique constraint one_email_per_order"
);
CREATE INDEX orders_by_customer ON orders (customer_id); -- expect: constraint-naming "index orders_by_customer on orders does not match the naming pattern ^(idx|ix)_"
CREATE UNIQUE INDEX orders_email_lower ON orders (lower(email)); -- expect: constraint-naming "unique index orders_email_lower on orders does not match the naming pattern ^(idx|ix)_ or (^uq_|_(key|unique)$)"
