-- The foreign key that makes project_path a dependency arrives later.
ALTER TABLE deployments ADD CONSTRAINT deployments_project_fk FOREIGN KEY (project_id) REFERENCES projects (id);
