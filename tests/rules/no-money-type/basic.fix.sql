-- no-money-type: column invoices(total) uses the money type
ALTER TABLE public.invoices ALTER COLUMN total TYPE numeric(19,2) USING total::numeric(19,2);
-- no-money-type: column products(history) uses the money type
ALTER TABLE public.products ALTER COLUMN history TYPE numeric(19,2)[] USING history::numeric(19,2)[];
