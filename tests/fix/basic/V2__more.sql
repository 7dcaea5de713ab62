ALTER TABLE orders ADD CONSTRAINT orders_client_fk FOREIGN KEY (client_id) REFERENCES clients (id);
ALTER TABLE clients ADD CONSTRAINT clients_code_key UNIQUE (code);
ALTER TABLE clients ADD CONSTRAINT clients_code_key2 UNIQUE (code);
