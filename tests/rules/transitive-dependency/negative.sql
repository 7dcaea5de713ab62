CREATE TABLE customers (id bigint PRIMARY KEY, email text, name text, tenant_id bigint, score int);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  -- the FK column itself, and variants of it
  customer_id_old bigint,
  -- another type family than customers.score
  customer_score text,
  email text
);

-- ON DELETE SET NULL: the copy is kept on purpose when the customer goes away (a snapshot).
CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  customer_id bigint REFERENCES customers (id) ON DELETE SET NULL,
  customer_name text
);

-- An optional reference with a required copy: the copy lives without the reference (snapshot).
CREATE TABLE taxes (id bigint PRIMARY KEY, name text NOT NULL, rate numeric NOT NULL);
CREATE TABLE invoice_taxes (
  id bigint PRIMARY KEY,
  tax_id bigint REFERENCES taxes (id),
  tax_name text NOT NULL,
  tax_rate numeric NOT NULL
);

-- A copy on a key column is a 1:1 extension (or partial-dependency's business), not 3NF.
CREATE TABLE customer_profiles (
  customer_id bigint PRIMARY KEY REFERENCES customers (id),
  customer_name text
);
