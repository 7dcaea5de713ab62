-- fk-missing-index: foreign key lines(product_id) → products(id) has no index leading with product_id
CREATE INDEX idx_lines_product_id ON public.lines (product_id);
-- fk-missing-index: foreign key orders_2026(product_id) → products(id) has no index leading with product_id
CREATE INDEX CONCURRENTLY idx_orders_2026_product_id ON public.orders_2026 (product_id);
