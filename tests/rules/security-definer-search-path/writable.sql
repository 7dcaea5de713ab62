-- writable.ddlint.json says untrusted roles can write to public and scratch.
CREATE FUNCTION a() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$ SELECT 1 $$; -- expect: security-definer-search-path "sets search_path to public, which untrusted roles can write to"
CREATE SCHEMA scratch;
CREATE FUNCTION scratch.b() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, scratch AS $$ SELECT 1 $$; -- expect: security-definer-search-path "scratch"
CREATE FUNCTION c() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT 1 $$;
