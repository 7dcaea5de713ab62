-- tenant-fk-scope: foreign key comments(task_id) → tasks(id) does not include the tenant column tenant_id: a row can reference another tenant's row
ALTER TABLE public.tasks ADD UNIQUE (tenant_id, id);
ALTER TABLE public.comments DROP CONSTRAINT comments_task_id_fkey, ADD CONSTRAINT comments_task_id_fkey FOREIGN KEY (tenant_id, task_id) REFERENCES public.tasks (tenant_id, id) ON DELETE CASCADE;
