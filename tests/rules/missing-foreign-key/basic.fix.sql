-- missing-foreign-key: orders(client_id) has no foreign key; it likely references clients(id)
ALTER TABLE public.orders ADD CONSTRAINT fk_orders_client_id FOREIGN KEY (client_id) REFERENCES public.clients (id) NOT VALID;
ALTER TABLE public.orders VALIDATE CONSTRAINT fk_orders_client_id;
-- missing-foreign-key: orders(category_id) has no foreign key; it likely references categories(id)
ALTER TABLE public.orders ADD CONSTRAINT fk_orders_category_id FOREIGN KEY (category_id) REFERENCES public.categories (id) NOT VALID;
ALTER TABLE public.orders VALIDATE CONSTRAINT fk_orders_category_id;
-- missing-foreign-key: orders(box_id) has no foreign key; it likely references boxes(box_id)
ALTER TABLE public.orders ADD CONSTRAINT fk_orders_box_id FOREIGN KEY (box_id) REFERENCES public.boxes (box_id) NOT VALID;
ALTER TABLE public.orders VALIDATE CONSTRAINT fk_orders_box_id;
-- missing-foreign-key: orders(person_id) has no foreign key; it likely references person(id)
ALTER TABLE public.orders ADD CONSTRAINT fk_orders_person_id FOREIGN KEY (person_id) REFERENCES public.person (id) NOT VALID;
ALTER TABLE public.orders VALIDATE CONSTRAINT fk_orders_person_id;
-- missing-foreign-key: comments(created_by_id) has no foreign key; it likely references users(id)
ALTER TABLE public.comments ADD CONSTRAINT fk_comments_created_by_id FOREIGN KEY (created_by_id) REFERENCES public.users (id) NOT VALID;
ALTER TABLE public.comments VALIDATE CONSTRAINT fk_comments_created_by_id;
