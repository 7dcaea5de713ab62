-- prefer-jsonb: column webhooks(payload) is json, not jsonb
ALTER TABLE public.webhooks ALTER COLUMN payload TYPE jsonb USING payload::jsonb;
-- prefer-jsonb: column webhooks(headers) is json, not jsonb
ALTER TABLE public.webhooks ALTER COLUMN headers TYPE jsonb[] USING headers::jsonb[];
-- prefer-jsonb: column imports(extra) is json, not jsonb
ALTER TABLE public.imports ALTER COLUMN extra TYPE jsonb USING extra::jsonb;
