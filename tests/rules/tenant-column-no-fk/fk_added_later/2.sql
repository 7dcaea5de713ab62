-- The FK arrives in a later migration: nothing to report.
ALTER TABLE projects ADD FOREIGN KEY (tenant_id) REFERENCES tenants (id);
