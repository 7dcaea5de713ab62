CREATE TABLE clients (id bigint PRIMARY KEY);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL REFERENCES clients (id)   -- expect: fk-missing-index "foreign key orders(client_id) → clients(id) has no index leading with client_id"
);

CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL);
ALTER TABLE invoices
  -- expect: fk-missing-index@7 "invoices(order_id)"
  ADD CONSTRAINT invoices_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);

-- The FK column is the second key of the only index: not covered.
CREATE TABLE payments (
  id bigint PRIMARY KEY,
  created_on date NOT NULL,
  invoice_id bigint NOT NULL,
  CONSTRAINT payments_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoices (id) -- expect: fk-missing-index
);
CREATE INDEX payments_created_on_invoice_id_idx ON payments (created_on, invoice_id);

-- INCLUDE columns are not keys.
CREATE TABLE refunds (
  id bigint PRIMARY KEY,
  payment_id bigint REFERENCES payments -- expect: fk-missing-index "→ payments(id)"
);
CREATE INDEX refunds_id_incl ON refunds (id) INCLUDE (payment_id);

-- A target defined outside the inputs (config `external`) still needs the index here.
CREATE TABLE profiles (id uuid PRIMARY KEY, user_id uuid REFERENCES auth.users); -- expect: fk-missing-index "foreign key profiles(user_id) → auth.users has no index leading with user_id"
