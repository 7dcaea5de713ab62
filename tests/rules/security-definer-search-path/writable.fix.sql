-- security-definer-search-path: SECURITY DEFINER function a() sets search_path to public, which untrusted roles can write to
-- unqualified names in the body must resolve through the new search_path
ALTER FUNCTION public.a() SET search_path = pg_catalog, pg_temp;
-- security-definer-search-path: SECURITY DEFINER function scratch.b() sets search_path to scratch, which untrusted roles can write to
-- unqualified names in the body must resolve through the new search_path
ALTER FUNCTION scratch.b() SET search_path = pg_catalog, pg_temp;
