ALTER TABLE invoices ALTER COLUMN total TYPE money; -- expect: no-money-type
