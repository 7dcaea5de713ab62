-- tenant-column-no-fk: tenant column special_items(tenant_id) is not a foreign key to tenants
ALTER TABLE public.special_items ADD FOREIGN KEY (tenant_id) REFERENCES public.tenants (id);
