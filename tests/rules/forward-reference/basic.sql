CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  customer_id bigint REFERENCES customers (id) -- expect: forward-reference "customers"
);
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE fine (customer_id bigint REFERENCES customers (id));
