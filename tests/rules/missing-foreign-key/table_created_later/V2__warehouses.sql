CREATE TABLE shop.warehouses (id int PRIMARY KEY);
-- A table in public is a candidate when the own schema has none.
CREATE TABLE public.carriers (id int PRIMARY KEY);
ALTER TABLE shop.orders ADD COLUMN carrier_id int; -- expect: missing-foreign-key "carriers(id)"
