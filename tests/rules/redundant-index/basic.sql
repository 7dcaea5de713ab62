CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL,
  status text NOT NULL,
  placed_at timestamptz NOT NULL
);
CREATE INDEX orders_client_status ON orders (client_id, status);
CREATE INDEX orders_client ON orders (client_id); -- expect: redundant-index "index orders_client on orders(client_id) is redundant: index orders_client_status (client_id, status) starts with the same columns"

-- A prefix of the primary key.
CREATE TABLE order_lines (order_id bigint, line_no int, PRIMARY KEY (order_id, line_no));
CREATE INDEX order_lines_order ON order_lines (order_id); -- expect: redundant-index "primary key order_lines_pkey"

-- Same keys, and the other index INCLUDEs more.
CREATE INDEX orders_status ON orders (status); -- expect: redundant-index
CREATE INDEX orders_status_cover ON orders (status) INCLUDE (placed_at);

-- A one-column index serves both directions: of (a) and (a DESC) only the later one goes.
CREATE INDEX orders_placed ON orders (placed_at);
CREATE INDEX orders_placed_desc ON orders (placed_at DESC); -- expect: redundant-index

-- Expressions compare by their text.
CREATE INDEX orders_lower_status_day ON orders (lower(status), placed_at);
CREATE INDEX orders_lower_status ON orders (lower(status)); -- expect: redundant-index "orders(lower(status))"
