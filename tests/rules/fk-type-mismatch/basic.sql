CREATE TABLE clients (id bigint PRIMARY KEY, code text UNIQUE);
-- int4 referencing int8: works until ids pass 2^31.
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id integer REFERENCES clients (id) -- expect: fk-type-mismatch "foreign key orders(client_id) → clients(id) has mismatched types: client_id is int4 but clients.id is int8"
);

CREATE TABLE users (id uuid PRIMARY KEY);
CREATE TABLE posts (id bigint PRIMARY KEY, author_id varchar(36));
-- expect: fk-type-mismatch "author_id is varchar(36) but users.id is uuid"
ALTER TABLE posts ADD CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES users;

-- Domains are compared by their base type.
CREATE DOMAIN client_code AS varchar(12);
CREATE DOMAIN big_id AS int8;
CREATE TABLE invoices (
  id big_id PRIMARY KEY,
  client_code client_code REFERENCES clients (code),
  client_id numeric REFERENCES clients (id) -- expect: fk-type-mismatch "client_id is numeric but clients.id is int8"
);
CREATE TABLE payments (id bigint PRIMARY KEY, invoice_id int REFERENCES invoices); -- expect: fk-type-mismatch "invoice_id is int4 but invoices.id is int8 (domain public.big_id)"
