CREATE TABLE clients (id bigint PRIMARY KEY);
CREATE TABLE users (id uuid PRIMARY KEY);
CREATE TABLE categories (id int PRIMARY KEY);
CREATE TABLE boxes (box_id text PRIMARY KEY);
CREATE TABLE person (id bigint PRIMARY KEY);

CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL, -- expect: missing-foreign-key "orders(client_id) has no foreign key; it likely references clients(id)"
  category_id int,           -- expect: missing-foreign-key "references categories(id)"
  box_id text,               -- expect: missing-foreign-key "references boxes(box_id)"
  person_id bigint,          -- expect: missing-foreign-key "references person(id)"
  user_id varchar(36)        -- expect: missing-foreign-key "its type varchar(36) differs from users.id uuid"
);

-- Named after no table, but other tables' FKs on a column of this name point at users.
CREATE TABLE documents (
  id bigint PRIMARY KEY,
  created_by_id uuid REFERENCES users (id)
);
CREATE TABLE comments (
  id bigint PRIMARY KEY,
  created_by_id uuid -- expect: missing-foreign-key "comments(created_by_id) has no foreign key; it likely references users(id)"
);
