-- One table with account_id out of two is no tenancy: detection needs at least two tables.
CREATE TABLE accounts (id uuid PRIMARY KEY);
CREATE TABLE invoices (id uuid PRIMARY KEY, account_id uuid NOT NULL REFERENCES accounts (id));
