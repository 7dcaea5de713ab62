CREATE INDEX orders_client_status ON orders (client_id, status);
