-- Before PostgreSQL 15 (pg14.ddlint.json) every role may create objects in public.
CREATE FUNCTION a() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$ SELECT 1 $$; -- expect: security-definer-search-path "public"
