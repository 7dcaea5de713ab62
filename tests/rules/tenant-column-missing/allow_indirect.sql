-- allow_indirect: a NOT NULL FK chain to a tenant table is tenancy enough.
CREATE TABLE orgs (id bigint PRIMARY KEY);
CREATE TABLE projects (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES orgs (id));
CREATE TABLE tasks (id bigint PRIMARY KEY, project_id bigint NOT NULL REFERENCES projects (id));
-- Two NOT NULL steps away: still indirect.
CREATE TABLE task_notes (id bigint PRIMARY KEY, task_id bigint NOT NULL REFERENCES tasks (id));
-- A nullable FK does not tie the row to a tenant.
CREATE TABLE attachments (id bigint PRIMARY KEY, task_id bigint REFERENCES tasks (id)); -- expect: tenant-column-missing
-- NOT NULL FK straight to the root.
CREATE TABLE org_settings (id bigint PRIMARY KEY, org bigint NOT NULL REFERENCES orgs (id));
