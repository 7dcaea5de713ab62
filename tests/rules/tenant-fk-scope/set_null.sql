-- ON DELETE SET NULL must keep the tenant column: the fix uses PostgreSQL 15's column list.
CREATE TABLE orgs (id bigint PRIMARY KEY);
CREATE TABLE teams (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES orgs (id));
CREATE TABLE people (
  id bigint PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES orgs (id),
  team_id bigint REFERENCES teams (id) ON DELETE SET NULL -- expect: tenant-fk-scope
);
