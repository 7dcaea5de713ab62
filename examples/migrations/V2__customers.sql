CREATE TYPE invoice_status AS ENUM ('draft', 'sent', 'paid');

CREATE TABLE customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  name text NOT NULL,
  email text,
  phone1 text,
  phone2 text,
  phone3 text,
  created_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX customers_account_idx ON customers (account_id);

CREATE TABLE invoices (
  id bigserial PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id),
  customer_id bigint NOT NULL REFERENCES customers (id),
  customer_email text,
  number text NOT NULL,
  status invoice_status NOT NULL DEFAULT 'draft',
  total numeric(12,2) NOT NULL DEFAULT 0,
  metadata json,
  UNIQUE (number)
);
