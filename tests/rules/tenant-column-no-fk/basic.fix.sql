-- tenant-column-no-fk: tenant column documents(tenant_id) is not a foreign key to tenants
ALTER TABLE public.documents ADD FOREIGN KEY (tenant_id) REFERENCES public.tenants (id);
