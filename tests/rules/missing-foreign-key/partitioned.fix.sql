-- missing-foreign-key: orders(product_id) has no foreign key; it likely references products(id)
ALTER TABLE public.orders ADD CONSTRAINT fk_orders_product_id FOREIGN KEY (product_id) REFERENCES public.products (id);
