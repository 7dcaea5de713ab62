CREATE TABLE documents (id bigint PRIMARY KEY, owner text NOT NULL, title text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents USING (owner = current_user);
CREATE VIEW document_titles WITH (security_invoker = true) AS SELECT id, title FROM documents;
CREATE VIEW own_titles WITH (security_invoker) AS SELECT id FROM document_titles;
-- A table without RLS has nothing to bypass.
CREATE TABLE countries (code text PRIMARY KEY);
CREATE VIEW country_codes AS SELECT code FROM countries;
-- Materialized views cannot be security_invoker (and are a snapshot anyway).
CREATE MATERIALIZED VIEW document_count AS SELECT count(*) FROM documents;
