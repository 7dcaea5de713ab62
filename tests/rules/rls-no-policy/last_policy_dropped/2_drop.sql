DROP POLICY documents_write ON documents;
