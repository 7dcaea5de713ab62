DROP INDEX idx_orders_client_id;
