-- V10 runs after V2 (natural order) and drops NOT NULL again: the finding points here.
ALTER TABLE projects ALTER COLUMN org_id DROP NOT NULL; -- expect: tenant-column-nullable "projects(org_id)"
