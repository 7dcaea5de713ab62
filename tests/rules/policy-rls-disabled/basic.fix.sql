-- policy-rls-disabled: policies documents_owner, "documents insert" on documents do nothing: row-level security is never enabled on the table
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
-- policy-rls-disabled: policy notes_owner on notes does nothing: row-level security is never enabled on the table
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
