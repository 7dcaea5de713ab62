ALTER TABLE orders RENAME CONSTRAINT total_positive TO chk_orders_total_positive;
