CREATE TABLE clients (id bigint PRIMARY KEY);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id bigint REFERENCES clients (id)
);
-- The inline REFERENCES already created orders_client_id_fkey.
ALTER TABLE orders ADD CONSTRAINT fk_orders_client FOREIGN KEY (client_id) REFERENCES clients; -- expect: duplicate-foreign-key "foreign key fk_orders_client duplicates orders_client_id_fkey on orders(client_id) → clients(id)"

-- Different ON DELETE: both are enforced; no fix, since which to keep is a decision.
CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  order_id bigint REFERENCES orders (id) ON DELETE CASCADE,
  -- expect: duplicate-foreign-key "ON DELETE differs (restrict here, cascade on invoices_order_id_fkey)"
  CONSTRAINT invoices_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT
);

-- Composite keys written in another column order are the same constraint.
CREATE TABLE warehouses (region text, code text, PRIMARY KEY (region, code));
CREATE TABLE stock (
  id bigint PRIMARY KEY,
  wh_region text,
  wh_code text,
  FOREIGN KEY (wh_region, wh_code) REFERENCES warehouses (region, code),
  FOREIGN KEY (wh_code, wh_region) REFERENCES warehouses (code, region) -- expect: duplicate-foreign-key
);

-- MATCH FULL or DEFERRABLE on one of them: reported, but no fix (which to keep is a decision).
CREATE TABLE refunds (
  id bigint PRIMARY KEY,
  order_id bigint,
  FOREIGN KEY (order_id) REFERENCES orders (id) DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (order_id) REFERENCES orders (id) -- expect: duplicate-foreign-key
);
