-- Renames follow: the index still leads with the (renamed) FK column.
ALTER TABLE orders RENAME COLUMN client_id TO customer_id;
ALTER TABLE orders RENAME TO purchases;
ALTER INDEX orders_client_id_idx RENAME TO idx_purchases_customer_id;
ALTER TABLE clients RENAME TO customers;
-- Dropping the index of visits uncovers its FK (reported where the FK was written).
DROP INDEX visits_client_id_idx;
