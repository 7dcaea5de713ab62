-- security-definer-search-path: SECURITY DEFINER function is_admin(uuid) has no SET search_path: a caller's search_path can make it run other objects with its owner's rights
-- unqualified names in the body must resolve through the new search_path
ALTER FUNCTION public.is_admin(uuid) SET search_path = public, pg_temp;
-- security-definer-search-path: SECURITY DEFINER procedure app.rotate_keys() has no SET search_path: a caller's search_path can make it run other objects with its owner's rights
-- unqualified names in the body must resolve through the new search_path
ALTER PROCEDURE app.rotate_keys() SET search_path = app, pg_temp;
