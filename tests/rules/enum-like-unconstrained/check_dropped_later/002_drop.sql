-- Dropping the CHECK leaves the column unconstrained again.
ALTER TABLE invoices DROP CONSTRAINT invoices_status_check;
