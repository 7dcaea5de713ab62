CREATE TABLE clients (id bigint PRIMARY KEY, email text UNIQUE);

-- Expression indexes never cover, even over the FK column alone.
CREATE TABLE contacts (
  id bigint PRIMARY KEY,
  client_email text REFERENCES clients (email) -- expect: fk-missing-index
);
CREATE INDEX contacts_lower_email ON contacts (lower(client_email));
CREATE INDEX contacts_email_cast ON contacts ((client_email::varchar));

-- A parenthesised bare column is a plain column key for PostgreSQL, so it covers.
CREATE TABLE leads (id bigint PRIMARY KEY, client_email text REFERENCES clients (email));
CREATE INDEX leads_email ON leads ((client_email));

-- A partial index whose predicate follows from the FK column being set covers it.
CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint REFERENCES clients (id));
CREATE INDEX orders_client_id_set ON orders (client_id) WHERE client_id IS NOT NULL;

CREATE TABLE quotes (id bigint PRIMARY KEY, client_id bigint REFERENCES clients (id));
CREATE INDEX quotes_client_id_set ON quotes (client_id) WHERE NOT (client_id IS NULL);

CREATE TABLE carts (
  id bigint PRIMARY KEY,
  client_id bigint,
  owner_id bigint,
  FOREIGN KEY (client_id) REFERENCES clients (id),
  FOREIGN KEY (owner_id) REFERENCES clients (id) -- expect: fk-missing-index "carts(owner_id)"
);
CREATE INDEX carts_client_owner ON carts (client_id, owner_id) WHERE client_id IS NOT NULL;
-- Needs client_id set as well, which a lookup by owner_id does not imply.
CREATE INDEX carts_owner ON carts (owner_id) WHERE owner_id IS NOT NULL AND client_id IS NOT NULL;

-- For a two-column FK, both columns are set in every lookup.
CREATE TABLE accounts (client_id bigint, n int, PRIMARY KEY (client_id, n));
CREATE TABLE ledgers (
  id bigint PRIMARY KEY,
  client_id bigint,
  account_n int,
  FOREIGN KEY (client_id, account_n) REFERENCES accounts (client_id, n)
);
CREATE INDEX ledgers_account ON ledgers (account_n, client_id)
  WHERE account_n IS NOT NULL AND client_id IS NOT NULL;

-- Any other predicate does not cover: most rows are not in the index.
CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  client_id bigint REFERENCES clients (id), -- expect: fk-missing-index
  deleted_at timestamptz
);
CREATE INDEX invoices_live_client ON invoices (client_id) WHERE deleted_at IS NULL;

CREATE TABLE credits (
  id bigint PRIMARY KEY,
  client_id bigint REFERENCES clients (id), -- expect: fk-missing-index
  deleted_at timestamptz
);
CREATE INDEX credits_live_client ON credits (client_id)
  WHERE client_id IS NOT NULL AND deleted_at IS NULL;

-- A BRIN index does not serve the lookup.
CREATE TABLE events (
  id bigint PRIMARY KEY,
  client_id bigint REFERENCES clients (id) -- expect: fk-missing-index
);
CREATE INDEX events_client_brin ON events USING brin (client_id);
