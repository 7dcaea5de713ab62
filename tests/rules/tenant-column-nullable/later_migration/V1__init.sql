CREATE TABLE orgs (id bigint PRIMARY KEY);
CREATE TABLE projects (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES orgs (id));
CREATE TABLE tasks (id bigint PRIMARY KEY);
