CREATE SCHEMA shop;
CREATE TABLE shop.orders (id bigint PRIMARY KEY, warehouse_id int); -- expect: missing-foreign-key "shop.orders(warehouse_id) has no foreign key; it likely references shop.warehouses(id)"
