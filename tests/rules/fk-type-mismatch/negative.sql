CREATE TABLE clients (id bigint PRIMARY KEY, code varchar(20) UNIQUE, ref text UNIQUE);
CREATE DOMAIN big_id AS bigint;
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id int8 REFERENCES clients (id),
  owner_id big_id REFERENCES clients (id),   -- domain over the same type
  client_code varchar(10) REFERENCES clients (code), -- modifiers do not matter
  client_ref varchar REFERENCES clients (ref)         -- text and varchar behave as one type
);
-- A composite key with matching types; a self reference.
CREATE TABLE nodes (
  tree_id int NOT NULL, id int NOT NULL, parent_id int,
  PRIMARY KEY (tree_id, id),
  FOREIGN KEY (tree_id, parent_id) REFERENCES nodes (tree_id, id)
);
-- The referenced table is defined elsewhere: nothing to compare.
CREATE TABLE profiles (id uuid PRIMARY KEY, user_id text REFERENCES auth.users (id));
