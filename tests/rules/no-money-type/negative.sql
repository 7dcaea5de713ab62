CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric(19,2), cents bigint, currency char(3));
CREATE TABLE legacy (id bigint PRIMARY KEY, total money);
ALTER TABLE legacy ALTER COLUMN total TYPE numeric(19,2) USING total::numeric(19,2);
