-- The key arrives in a later migration: nothing to report.
ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
