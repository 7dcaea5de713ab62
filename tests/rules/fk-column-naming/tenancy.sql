-- account_id is the configured tenant column (tenancy.ddlint.json): its name is the tenancy's, not
-- its target's.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE invitations (id bigint PRIMARY KEY, account_id bigint REFERENCES users (id));
