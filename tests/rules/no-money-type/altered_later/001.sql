CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric(19,2));
