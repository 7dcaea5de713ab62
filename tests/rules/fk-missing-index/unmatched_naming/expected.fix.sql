-- fk-missing-index: foreign key issues(project_id) → projects(id) has no index leading with project_id
-- adapt the index name to the naming pattern ^[0-9]{4}_ix$ (constraint-naming.index): no usual spelling matches it
CREATE INDEX CONCURRENTLY idx_issues_project_id ON public.issues (project_id);
