-- privileged_roles (roles.ddlint.json) replaces the default list.
CREATE TABLE orgs (id bigint PRIMARY KEY);
CREATE TABLE invoices (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES orgs (id));
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY support ON invoices FOR SELECT TO support_staff USING (true);
CREATE POLICY service ON invoices FOR SELECT TO service_role USING (true); -- expect: policy-always-true
