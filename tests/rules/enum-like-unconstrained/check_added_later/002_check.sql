-- The CHECK comes in a later migration: the column is constrained in the end.
ALTER TABLE invoices ADD CONSTRAINT invoices_status_check CHECK (status IN ('draft', 'sent', 'paid')) NOT VALID;
ALTER TABLE invoices VALIDATE CONSTRAINT invoices_status_check;
