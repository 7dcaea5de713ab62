-- fk-type-mismatch: foreign key orders(client_id) → clients(id) has mismatched types: client_id is int4 but clients.id is int8
ALTER TABLE public.orders ALTER COLUMN client_id TYPE int8 USING client_id::int8;
-- fk-type-mismatch: foreign key posts(author_id) → users(id) has mismatched types: author_id is varchar(36) but users.id is uuid
ALTER TABLE public.posts ALTER COLUMN author_id TYPE uuid USING author_id::uuid;
-- fk-type-mismatch: foreign key invoices(client_id) → clients(id) has mismatched types: client_id is numeric but clients.id is int8
ALTER TABLE public.invoices ALTER COLUMN client_id TYPE int8 USING client_id::int8;
-- fk-type-mismatch: foreign key payments(invoice_id) → invoices(id) has mismatched types: invoice_id is int4 but invoices.id is int8 (domain public.big_id)
ALTER TABLE public.payments ALTER COLUMN invoice_id TYPE public.big_id USING invoice_id::public.big_id;
