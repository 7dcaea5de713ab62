CREATE TABLE clients (id bigint PRIMARY KEY);
CREATE TABLE tags (name text, lang text, PRIMARY KEY (name, lang));
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id bigint REFERENCES clients (id), -- has its FK
  tag_id text,                             -- tags has no single-column key
  external_id text,                        -- no table "external"
  stripe_customer_id text,
  order_id bigint                          -- the table itself
);
-- Covered by a multi-column FK.
CREATE TABLE order_tags (order_id bigint REFERENCES orders, tag_id text, tag_lang text,
  FOREIGN KEY (tag_id, tag_lang) REFERENCES tags (name, lang));
-- Polymorphic reference: subject_id with subject_type has no single target.
CREATE TABLE subjects (id bigint PRIMARY KEY);
CREATE TABLE events (id bigint PRIMARY KEY, subject_id bigint, subject_type text);
-- Views are not checked.
CREATE VIEW order_view AS SELECT id, client_id AS category_id FROM orders;
CREATE TABLE categories (id int PRIMARY KEY);
-- A column that is just "_id" or "id".
CREATE TABLE odd (_id int, id int);
