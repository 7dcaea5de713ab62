CREATE TABLE clients (id bigint PRIMARY KEY);
CREATE TABLE products (id bigint PRIMARY KEY);

-- A plain index leading with the FK column, longer than the FK.
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL REFERENCES clients (id),
  placed_at timestamptz
);
CREATE INDEX orders_client_placed_idx ON orders (client_id, placed_at DESC);

-- The primary key leads with the FK column.
CREATE TABLE order_lines (
  order_id bigint NOT NULL REFERENCES orders (id),
  line_no int NOT NULL,
  product_id bigint NOT NULL REFERENCES products (id),
  PRIMARY KEY (order_id, line_no)
);
-- A UNIQUE constraint counts too.
ALTER TABLE order_lines ADD CONSTRAINT order_lines_product_line_key UNIQUE (product_id, line_no);

-- A hash index serves the equality lookup.
CREATE TABLE favourites (id bigint PRIMARY KEY, client_id bigint REFERENCES clients);
CREATE INDEX favourites_client_id_hash ON favourites USING hash (client_id);

-- A unique index with opclass and ordering options.
CREATE TABLE client_codes (id bigint PRIMARY KEY, code text, client_id bigint REFERENCES clients);
CREATE UNIQUE INDEX client_codes_client_code ON client_codes (client_id DESC NULLS LAST, code text_pattern_ops);
