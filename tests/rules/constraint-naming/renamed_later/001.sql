CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);
ALTER TABLE orders ADD CONSTRAINT total_positive CHECK (total > 0);
CREATE INDEX orders_total ON orders (total); -- expect: constraint-naming "index orders_total"
