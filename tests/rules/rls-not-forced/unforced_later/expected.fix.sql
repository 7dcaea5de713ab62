-- rls-not-forced: this migration stops forcing row-level security on documents: the table owner bypasses its policies again
ALTER TABLE public.documents FORCE ROW LEVEL SECURITY;
