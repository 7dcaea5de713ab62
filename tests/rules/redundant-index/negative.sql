CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL,
  status text NOT NULL,
  code text
);
CREATE INDEX orders_client_status ON orders (client_id, status);
-- Not a prefix: different first column, or column order.
CREATE INDEX orders_status_client ON orders (status, client_id);
-- Unique indexes enforce something: never redundant.
CREATE UNIQUE INDEX orders_client_code ON orders (client_id, code);
CREATE UNIQUE INDEX orders_code ON orders (code);
CREATE INDEX orders_code_status ON orders (code, status);
-- Partial indexes hold fewer rows; a partial wider index cannot replace a full one.
CREATE INDEX orders_open_client ON orders (client_id) WHERE status = 'open';
CREATE TABLE items (id bigint PRIMARY KEY, sku text, lot int);
CREATE INDEX items_sku ON items (sku);
CREATE INDEX items_sku_lot_recent ON items (sku, lot) WHERE lot > 100;
-- Other access methods and operator classes are different tools.
CREATE INDEX items_sku_hash ON items USING hash (sku);
CREATE INDEX items_sku_pattern ON items (sku text_pattern_ops);
CREATE INDEX items_sku_pattern_lot ON items (sku varchar_pattern_ops, lot);
-- Exact duplicates are duplicate-index's to report.
CREATE TABLE logs (id bigint, at timestamptz);
CREATE INDEX logs_at ON logs (at);
CREATE INDEX logs_at_2 ON logs (at);
-- Multi-column indexes with other directions serve other orderings.
CREATE INDEX logs_id_at ON logs (id, at);
CREATE INDEX logs_id_at_desc ON logs (id, at DESC);
