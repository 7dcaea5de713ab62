CREATE INDEX CONCURRENTLY projects_tenant_id_idx ON projects (tenant_id);
CREATE INDEX tasks_tenant_id_idx ON tasks (tenant_id);
