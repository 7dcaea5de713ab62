CREATE TABLE documents (id bigint PRIMARY KEY, owner text NOT NULL, title text);
CREATE VIEW document_titles WITH (security_invoker = true) AS SELECT id, title FROM documents;
CREATE VIEW document_ids AS SELECT id FROM documents;
