-- fk-missing-index: foreign key jobs(project_id) → projects(id) has no index leading with project_id
CREATE INDEX idx_jobs_project_id ON public.jobs (project_id);
