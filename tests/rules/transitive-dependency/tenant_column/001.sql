-- The tenant column is never a copy, and a composite key's tenant part is ignored.
CREATE TABLE client_accounts (id bigint PRIMARY KEY, name text);
CREATE TABLE clients (client_account_id bigint, id bigint, name text, PRIMARY KEY (client_account_id, id));
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_account_id bigint NOT NULL REFERENCES client_accounts (id),
  client_id bigint NOT NULL,
  client_name text, -- expect: transitive-dependency "foreign key orders(client_account_id, client_id) → clients(client_account_id, id)"
  FOREIGN KEY (client_account_id, client_id) REFERENCES clients (client_account_id, id)
);
