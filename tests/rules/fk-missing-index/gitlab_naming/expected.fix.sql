-- fk-missing-index: foreign key issues(project_id) → projects(id) has no index leading with project_id
CREATE INDEX CONCURRENTLY index_issues_on_project_id ON public.issues (project_id);
-- fk-missing-index: foreign key issues(author_id) → users(id) has no index leading with author_id
CREATE INDEX CONCURRENTLY index_issues_on_author_id1 ON public.issues (author_id);
