-- prefer-jsonb: column docs(parsed) is json, not jsonb
ALTER TABLE public.docs ALTER COLUMN parsed TYPE jsonb;
