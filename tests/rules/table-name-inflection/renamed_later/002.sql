ALTER TABLE invoice RENAME TO invoices;
