ALTER TABLE orders
  -- expect: duplicate-foreign-key "ON DELETE differs (no action here, cascade on orders_client_id_fkey)"
  ADD CONSTRAINT orders_client_fk FOREIGN KEY (client_id) REFERENCES clients (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_client_fk;
