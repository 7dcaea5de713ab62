ALTER TABLE invoices ADD CONSTRAINT invoices_client_fk FOREIGN KEY (client_id) REFERENCES clients (id);
