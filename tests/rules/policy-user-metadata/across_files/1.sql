CREATE TABLE documents (id bigint PRIMARY KEY, org_id text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_org ON documents USING (org_id = auth.jwt() -> 'app_metadata' ->> 'org_id');
