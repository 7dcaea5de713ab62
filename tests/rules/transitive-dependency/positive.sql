CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL, name text);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  customer_email text, -- expect: transitive-dependency "3NF: orders.customer_email depends on customer_id, not on the key of orders: it repeats customers.email (foreign key orders(customer_id) → customers(id))"
  customer_name varchar(200) -- expect: transitive-dependency "it repeats customers.name"
);

-- The entity name comes from the FK column, not the table: author_id → users.
CREATE TABLE users (id uuid PRIMARY KEY, name text, avatar_url text);
CREATE TABLE comments (
  id bigint PRIMARY KEY,
  author_id uuid NOT NULL,
  author_avatar_url text, -- expect: transitive-dependency "repeats users.avatar_url"
  body text,
  FOREIGN KEY (author_id) REFERENCES users (id)
);

-- A key to another column than id: country_code → countries(code).
CREATE TABLE countries (code char(2) PRIMARY KEY, name text NOT NULL);
CREATE TABLE addresses (
  id bigint PRIMARY KEY,
  country_code char(2) REFERENCES countries (code),
  country_name text -- expect: transitive-dependency "repeats countries.name"
);

-- Without a configured or detected tenant column (account_id is on 1 of 8 tables), account_id is
-- an ordinary attribute: the customer's account is copied.
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE buyers (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id));
CREATE TABLE carts (
  id bigint PRIMARY KEY,
  buyer_id bigint NOT NULL REFERENCES buyers (id),
  buyer_account_id bigint -- expect: transitive-dependency "repeats buyers.account_id"
);
