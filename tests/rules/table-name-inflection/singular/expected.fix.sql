-- table-name-inflection: table order_items is plural (items); the configured form is singular
ALTER TABLE public.order_items RENAME TO order_item;
