-- rls-not-forced: row-level security on documents is not forced: the table owner bypasses its policies
ALTER TABLE public.documents FORCE ROW LEVEL SECURITY;
