CREATE TABLE accounts (id uuid PRIMARY KEY);
CREATE TABLE members (id uuid PRIMARY KEY, account_id uuid NOT NULL REFERENCES accounts (id));
CREATE TABLE invoices (id uuid PRIMARY KEY, account_id uuid NOT NULL REFERENCES accounts (id), number int NOT NULL);
