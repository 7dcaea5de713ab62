CREATE TABLE invoices (id bigint PRIMARY KEY, number text, customer_id bigint, amount numeric, due_on date);
