-- tenant-column-unindexed: no index of projects leads with the tenant column tenant_id
CREATE INDEX CONCURRENTLY projects_tenant_id_idx ON public.projects (tenant_id);
-- tenant-column-unindexed: no index of tasks leads with the tenant column tenant_id
CREATE INDEX CONCURRENTLY tasks_tenant_id_idx ON public.tasks (tenant_id);
-- tenant-column-unindexed: no index of labels leads with the tenant column tenant_id
CREATE INDEX CONCURRENTLY labels_tenant_id_idx ON public.labels (tenant_id);
