-- Added again under another name; then renamed: the finding names the final index.
CREATE INDEX idx_orders_client ON orders (client_id); -- expect: duplicate-index "index idx_orders_client_renamed duplicates index orders_client_id_idx"
ALTER INDEX idx_orders_client RENAME TO idx_orders_client_renamed;
CREATE INDEX idx_orders_status ON orders (status);
