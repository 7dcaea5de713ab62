CREATE TABLE clients (id bigint PRIMARY KEY, code text UNIQUE);
-- int4 referencing int8: works until ids pass 2^31.
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id integer REFERENCES clients (id) -- expect: fk-type-mismatch "foreign key orders(client_id) → clients(id) has mismatched types: client_id is int4 but clients.id is int8"
);

-- int2 referencing int4, added by ALTER TABLE.
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE posts (id bigint PRIMARY KEY, author_id smallint);
-- expect: fk-type-mismatch "author_id is int2 but users.id is int4"
ALTER TABLE posts ADD CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES users;

-- Domains are compared by their base type.
CREATE DOMAIN client_code AS varchar(12);
CREATE DOMAIN big_id AS int8;
CREATE TABLE invoices (
  id big_id PRIMARY KEY,
  client_code client_code REFERENCES clients (code),
  client_id int4 REFERENCES clients (id) -- expect: fk-type-mismatch "client_id is int4 but clients.id is int8"
);
-- An integer referencing numeric: PostgreSQL casts it implicitly and accepts the key.
CREATE TABLE prices (amount numeric PRIMARY KEY);
CREATE TABLE offers (id bigint PRIMARY KEY, amount int REFERENCES prices (amount)); -- expect: fk-type-mismatch "amount is int4 but prices.amount is numeric"
CREATE TABLE payments (id bigint PRIMARY KEY, invoice_id int REFERENCES invoices); -- expect: fk-type-mismatch "invoice_id is int4 but invoices.id is int8 (domain public.big_id)"
