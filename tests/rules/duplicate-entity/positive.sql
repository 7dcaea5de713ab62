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
