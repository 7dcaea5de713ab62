-- expect: rls-no-policy "this migration drops the last policy of documents (documents_read)"
DROP POLICY documents_read ON documents;
