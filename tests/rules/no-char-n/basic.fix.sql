-- no-char-n: column countries(code) is char(2)
ALTER TABLE public.countries ALTER COLUMN code TYPE text;
-- no-char-n: column countries(iso3) is char(3)
ALTER TABLE public.countries ALTER COLUMN iso3 TYPE text;
-- no-char-n: column countries(flag) is char(1)
ALTER TABLE public.countries ALTER COLUMN flag TYPE text;
