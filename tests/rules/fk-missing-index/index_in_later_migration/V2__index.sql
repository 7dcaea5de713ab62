CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_client_id ON orders (client_id);
