CREATE FUNCTION is_admin(user_id uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
  AS $$ SELECT true $$;
-- PostgreSQL 15 (the default postgres_version) revoked CREATE on public from PUBLIC.
CREATE FUNCTION is_owner(user_id uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT true $$;
-- SECURITY INVOKER functions run with the caller's rights anyway.
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
