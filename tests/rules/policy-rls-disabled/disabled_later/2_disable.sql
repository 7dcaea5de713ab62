-- expect: policy-rls-disabled "this migration reopens documents: it disables row-level security while its policies documents_owner, documents_admin remain and do nothing"
ALTER TABLE documents DISABLE ROW LEVEL SECURITY;
