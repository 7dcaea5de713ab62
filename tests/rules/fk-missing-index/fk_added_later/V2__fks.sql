ALTER TABLE orders ADD CONSTRAINT fk_orders_client FOREIGN KEY (client_id) REFERENCES clients (id) NOT VALID; -- expect: fk-missing-index
ALTER TABLE notes ADD CONSTRAINT fk_notes_order FOREIGN KEY (order_id) REFERENCES orders (id);
