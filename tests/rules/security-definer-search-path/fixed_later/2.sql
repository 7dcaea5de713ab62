ALTER FUNCTION is_admin() SET search_path = pg_catalog, pg_temp;
-- Made SECURITY DEFINER later, without a search_path: the finding points here.
ALTER FUNCTION is_owner() SECURITY DEFINER; -- expect: security-definer-search-path "is_owner()"
