CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamptz NOT NULL);
CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL, sku text NOT NULL);
CREATE TABLE order_items (
  order_id bigint NOT NULL REFERENCES orders (id),
  product_id bigint NOT NULL REFERENCES products (id),
  quantity int NOT NULL,
  product_name text NOT NULL, -- expect: partial-dependency "2NF: order_items.product_name depends on product_id, only part of the key (order_id, product_id): it repeats products.name (foreign key order_items(product_id) → products(id))"
  product_sku text, -- expect: partial-dependency "repeats products.sku"
  order_placed_at timestamptz, -- expect: partial-dependency "repeats orders.placed_at"
  PRIMARY KEY (order_id, product_id)
);
