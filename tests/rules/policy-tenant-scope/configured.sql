-- Configured tenancy and trusted accessors (configured.ddlint.json).
CREATE TABLE orgs (id bigint PRIMARY KEY);
CREATE TABLE invoices (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES orgs (id));
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_claim ON invoices USING (org_id = (current_setting('request.jwt.claims', true)::json ->> 'org')::bigint);
-- expect: policy-tenant-scope "current_setting('app.org_id')"
CREATE POLICY by_setting ON invoices FOR SELECT USING (org_id = current_setting('app.org_id')::bigint);
