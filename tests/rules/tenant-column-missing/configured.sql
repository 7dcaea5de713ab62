-- Configured tenancy (configured.ddlint.json): every table that is not a root or global table
-- is tenant-scoped, whether or not it points at tenant data.
CREATE TABLE orgs (id bigint PRIMARY KEY);
CREATE TABLE members (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES orgs (id));
CREATE TABLE plans (id bigint PRIMARY KEY, name text NOT NULL);
CREATE SCHEMA billing;
CREATE TABLE billing.countries (code text PRIMARY KEY);
CREATE TABLE billing.rates (id bigint PRIMARY KEY, rate numeric NOT NULL); -- expect: tenant-column-missing "billing.rates"
CREATE TABLE audit_log (id bigint PRIMARY KEY, message text NOT NULL); -- expect: tenant-column-missing "(one of org_id, client_id)"
-- A second tenant column name is accepted as well.
CREATE TABLE legacy_notes (id bigint PRIMARY KEY, client_id bigint NOT NULL);
CREATE TABLE schema_versions (version int PRIMARY KEY);
