-- fk-type-mismatch: foreign key orders(client_id) → clients(id) has mismatched types: client_id is int4 but clients.id is int8
ALTER TABLE public.orders ALTER COLUMN client_id TYPE int8 USING client_id::int8;
-- fk-type-mismatch: foreign key posts(author_id) → users(id) has mismatched types: author_id is int2 but users.id is int4
ALTER TABLE public.posts ALTER COLUMN author_id TYPE int4 USING author_id::int4;
-- fk-type-mismatch: foreign key invoices(client_id) → clients(id) has mismatched types: client_id is int4 but clients.id is int8
ALTER TABLE public.invoices ALTER COLUMN client_id TYPE int8 USING client_id::int8;
-- fk-type-mismatch: foreign key offers(amount) → prices(amount) has mismatched types: amount is int4 but prices.amount is numeric
ALTER TABLE public.offers ALTER COLUMN amount TYPE numeric USING amount::numeric;
-- fk-type-mismatch: foreign key payments(invoice_id) → invoices(id) has mismatched types: invoice_id is int4 but invoices.id is int8 (domain public.big_id)
ALTER TABLE public.payments ALTER COLUMN invoice_id TYPE public.big_id USING invoice_id::public.big_id;
