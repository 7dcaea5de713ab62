-- Two category tables left over from a merge.
CREATE TABLE categories (
  id bigint PRIMARY KEY,
  name text NOT NULL,
  slug text NOT NULL,
  parent_id bigint,
  position int,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- expect: duplicate-entity "tables categories and product_categories share 4 of their non-audit columns (100%: name, parent_id, position, slug)"
CREATE TABLE product_categories (
  id bigint PRIMARY KEY,
  name text NOT NULL,
  slug text NOT NULL,
  parent_id bigint,
  position int,
  updated_at timestamptz
);

-- 4 of 5 shared: 80%, the default threshold.
CREATE TABLE customers (id bigint PRIMARY KEY, first_name text, last_name text, email text, phone text, birthday date);
CREATE TABLE clients (id bigint PRIMARY KEY, first_name text, last_name text, email text, phone text); -- expect: duplicate-entity "(80%"

-- Without a configured or detected tenant column (account_id is on 2 of 6 tables), account_id is
-- an ordinary column that counts toward the overlap.
CREATE TABLE contacts (id bigint PRIMARY KEY, account_id bigint, full_name text, phone_number text);
CREATE TABLE leads (id bigint PRIMARY KEY, account_id bigint, full_name text, phone_number text); -- expect: duplicate-entity "redundancy across tables, which 1NF to 3NF (one table at a time) do not catch: tables contacts and leads share 3 of their non-audit columns (100%: account_id, full_name, phone_number), so the same entity may be stored twice"
