-- Tenant columns are tenant-column-no-fk's to report, not this rule's.
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE projects (id bigint PRIMARY KEY, account_id bigint NOT NULL);
CREATE TABLE teams (id bigint PRIMARY KEY, account_id bigint NOT NULL, project_id bigint); -- expect: missing-foreign-key "teams(project_id)"
