CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL, price numeric NOT NULL);
-- A single-column key: copies are transitive-dependency's business.
CREATE TABLE order_lines (
  id bigint PRIMARY KEY,
  product_id bigint NOT NULL REFERENCES products (id),
  product_name text
);
-- A price kept as it was when ordered: ON DELETE SET NULL marks a snapshot.
CREATE TABLE carts (id bigint PRIMARY KEY);
CREATE TABLE cart_items (
  cart_id bigint NOT NULL REFERENCES carts (id),
  line int NOT NULL,
  product_id bigint REFERENCES products (id) ON DELETE SET NULL,
  product_price numeric,
  PRIMARY KEY (cart_id, line)
);
-- Attributes that are not copies: same name, other entity.
CREATE TABLE product_tags (
  product_id bigint NOT NULL REFERENCES products (id),
  tag text NOT NULL,
  name text,
  PRIMARY KEY (product_id, tag)
);
