-- tenant-column-unindexed: no index of events leads with the tenant column tenant_id
CREATE INDEX events_tenant_id_idx ON public.events (tenant_id);
