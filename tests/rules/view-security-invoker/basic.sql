CREATE TABLE documents (id bigint PRIMARY KEY, owner text NOT NULL, title text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents USING (owner = current_user);
CREATE VIEW document_titles AS SELECT id, title FROM documents; -- expect: view-security-invoker "view document_titles reads documents, which has row-level security, without security_invoker"
-- Explicitly off, and through another view.
CREATE VIEW recent AS SELECT d.id FROM (SELECT id FROM documents) d; -- expect: view-security-invoker
CREATE VIEW titles_again WITH (security_invoker = false) AS SELECT * FROM document_titles; -- expect: view-security-invoker "reads documents"
