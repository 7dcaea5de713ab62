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
-- Keys that are not id-like (a code, a key) are not what a `<x>_id` column holds.
CREATE TABLE currencies (code char(3) PRIMARY KEY);
CREATE TABLE flows (key text PRIMARY KEY, doc jsonb);
-- An integer column cannot hold a uuid key, nor the reverse; generated columns copy data.
CREATE TABLE members (id uuid PRIMARY KEY);
CREATE TABLE searches (search_id int PRIMARY KEY);
CREATE TABLE prices (
  id bigint PRIMARY KEY,
  currency_id text,
  member_id bigint,
  search_id uuid,
  doc jsonb,
  flow_id text GENERATED ALWAYS AS (doc ->> 'flowId') STORED
);
