-- duplicate-foreign-key: foreign key fk_orders_client duplicates orders_client_id_fkey on orders(client_id) → clients(id)
ALTER TABLE public.orders DROP CONSTRAINT fk_orders_client;
-- duplicate-foreign-key: foreign key stock_wh_code_wh_region_fkey duplicates stock_wh_region_wh_code_fkey on stock(wh_code, wh_region) → warehouses(code, region)
ALTER TABLE public.stock DROP CONSTRAINT stock_wh_code_wh_region_fkey;
