-- Golden case of the compliance reports (HTML, Markdown): two schemas, a partitioned table, a
-- view, RLS with a policy, and names that are hostile to HTML, Markdown and Mermaid.
CREATE SCHEMA billing;
CREATE TYPE invoice_status AS ENUM ('draft', 'sent', 'paid');

CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  name text NOT NULL
);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY account_isolation ON accounts
  USING (id = current_setting('app.account_id')::bigint);

CREATE TABLE customers (
  id bigint PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  email text,
  phone1 text,
  phone2 text,
  phone3 text
);
CREATE INDEX customers_account_idx ON customers (account_id);
CREATE INDEX customers_account_idx2 ON customers (account_id);

CREATE TABLE billing.invoices (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  status invoice_status NOT NULL DEFAULT 'draft',
  created timestamp NOT NULL
);

CREATE TABLE events (
  id bigint NOT NULL,
  at timestamptz NOT NULL,
  account_id bigint REFERENCES accounts (id)
) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE VIEW customer_emails AS SELECT id, email FROM customers;

-- Names with markup, quotes, a pipe, backslashes, backticks and emoji.
CREATE TABLE "a<b&c>" (
  "x""y" int PRIMARY KEY,
  "</script><script>alert(1)</script>" bigint REFERENCES accounts (id),
  "pipe|`tick`\back" text
);
CREATE TABLE "😀 emoji" (id int, label text);
