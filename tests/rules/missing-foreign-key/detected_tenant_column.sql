-- The detected tenant column (account_id, on every table) is tenant-column-no-fk's to report,
-- never missing-foreign-key's, even where it has no FK.
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE projects (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts);
CREATE TABLE tasks (id bigint PRIMARY KEY, account_id bigint NOT NULL, project_id bigint NOT NULL); -- expect: missing-foreign-key "projects"
CREATE TABLE notes (id bigint PRIMARY KEY, account_id bigint NOT NULL);
