CREATE TABLE invoices (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'draft');
