-- The column is added nullable in a later migration: the finding points at its definition.
ALTER TABLE tasks ADD COLUMN org_id bigint REFERENCES orgs (id); -- expect: tenant-column-nullable@30
