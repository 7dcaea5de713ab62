-- The index on tasks is dropped again: the final schema counts.
DROP INDEX tasks_tenant_id_idx;
