CREATE TABLE payments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id uuid REFERENCES accounts (id),
  invoice_id bigint NOT NULL,
  amount numeric(12,2) NOT NULL,
  paid_at timestamptz NOT NULL
);
ALTER TABLE payments ADD CONSTRAINT payments_invoice_fk
  FOREIGN KEY (invoice_id) REFERENCES invoices (id);
