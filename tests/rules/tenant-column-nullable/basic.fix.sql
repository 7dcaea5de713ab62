-- tenant-column-nullable: tenant column projects(tenant_id) allows NULL: such rows belong to no tenant
-- check first that no row lacks a tenant: SELECT count(*) FROM public.projects WHERE tenant_id IS NULL;
ALTER TABLE public.projects ALTER COLUMN tenant_id SET NOT NULL;
