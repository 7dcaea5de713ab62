-- Renames of tables, columns, constraints and indexes follow into every reference.
CREATE TABLE customers (id bigint PRIMARY KEY, mail text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));
CREATE INDEX orders_customer_idx ON orders (customer_id);
ALTER TABLE customers RENAME TO clients;
ALTER TABLE clients RENAME COLUMN mail TO email;
ALTER TABLE clients RENAME COLUMN id TO client_id;
ALTER TABLE orders RENAME COLUMN customer_id TO client_id;
ALTER TABLE orders RENAME CONSTRAINT orders_customer_id_fkey TO orders_client_fk;
ALTER INDEX orders_customer_idx RENAME TO orders_client_idx;
ALTER TABLE orders RENAME CONSTRAINT orders_pkey TO orders_pk;
