-- PostgreSQL 15 (the default postgres_version): public is not writable unless the inputs grant
-- CREATE on it to PUBLIC or to another role.
GRANT CREATE ON SCHEMA public TO PUBLIC;
CREATE FUNCTION is_admin() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT true $$; -- expect: security-definer-search-path "sets search_path to public, which untrusted roles can write to (GRANT CREATE ON SCHEMA public TO PUBLIC)"
-- A grant of other privileges, and one revoked again, leave a schema as it was.
CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO PUBLIC;
CREATE SCHEMA staging;
GRANT ALL ON SCHEMA staging TO PUBLIC;
REVOKE CREATE ON SCHEMA staging FROM PUBLIC;
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = app, staging, pg_temp AS $$ SELECT 1 $$;
-- ALL PRIVILEGES includes CREATE.
CREATE SCHEMA shared;
GRANT ALL PRIVILEGES ON SCHEMA shared TO PUBLIC;
CREATE FUNCTION app.g() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = shared, pg_temp AS $$ SELECT 1 $$; -- expect: security-definer-search-path "sets search_path to shared"
