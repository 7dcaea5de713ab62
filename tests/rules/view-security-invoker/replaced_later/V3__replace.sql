-- CREATE OR REPLACE VIEW replaces the view's options: without WITH (security_invoker) it is gone.
CREATE OR REPLACE VIEW document_titles AS SELECT id, title, owner FROM documents; -- expect: view-security-invoker "document_titles"
ALTER VIEW document_ids SET (security_invoker = true);
