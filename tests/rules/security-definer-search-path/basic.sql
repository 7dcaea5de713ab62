-- expect: security-definer-search-path "SECURITY DEFINER function is_admin(uuid) has no SET search_path"
CREATE FUNCTION is_admin(user_id uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  AS $$ SELECT EXISTS (SELECT 1 FROM admins WHERE id = user_id) $$;
CREATE SCHEMA app;
-- expect: security-definer-search-path "procedure app.rotate_keys()"
CREATE PROCEDURE app.rotate_keys() LANGUAGE sql SECURITY DEFINER AS $$ SELECT 1 $$;
