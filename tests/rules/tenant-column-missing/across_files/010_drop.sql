-- Dropping it later (natural order: 010 after 002) makes labels lose its tenant column; the
-- finding stays on the table's CREATE TABLE.
ALTER TABLE labels DROP COLUMN tenant_id, ADD COLUMN project_id uuid NOT NULL REFERENCES projects (id);
