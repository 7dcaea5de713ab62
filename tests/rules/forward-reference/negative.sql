CREATE SCHEMA billing;
CREATE TABLE billing.customers (id bigint PRIMARY KEY);
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, customer_id bigint REFERENCES billing.customers);
