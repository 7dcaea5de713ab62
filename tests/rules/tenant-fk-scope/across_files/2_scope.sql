-- A later migration replaces the FK by the tenant-scoped one: nothing left to report.
ALTER TABLE projects ADD UNIQUE (tenant_id, id);
ALTER TABLE tasks DROP CONSTRAINT tasks_project_fk,
  ADD CONSTRAINT tasks_project_fk FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id);
