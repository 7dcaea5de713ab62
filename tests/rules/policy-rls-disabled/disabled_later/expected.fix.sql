-- policy-rls-disabled: this migration reopens documents: it disables row-level security while its policies documents_owner, documents_admin remain and do nothing
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
