-- Dropped later: no longer a duplicate.
DROP INDEX idx_orders_status;
