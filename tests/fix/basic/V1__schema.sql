-- `ddlint fix` golden case: findings of every rule on main that emits a fix, in two migrations.
-- Valid PostgreSQL 15: the fix-proof test loads it into a real server before applying the fixes.
CREATE TABLE clients (
  id bigint PRIMARY KEY,
  code char(8) NOT NULL,
  balance money
);

CREATE TABLE orders (
  id serial PRIMARY KEY,
  client_id int REFERENCES clients (id),
  placed timestamp NOT NULL,
  payload json
);

CREATE TABLE items (
  id bigint PRIMARY KEY,
  order_id int NOT NULL,
  sku text NOT NULL,
  note varchar(40)
);
CREATE INDEX items_sku ON items (sku);
CREATE INDEX items_sku_again ON items (sku);
CREATE INDEX items_order_sku ON items (order_id, sku);
CREATE INDEX items_order ON items (order_id);
