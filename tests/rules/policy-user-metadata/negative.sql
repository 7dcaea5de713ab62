CREATE TABLE documents (id bigint PRIMARY KEY, org_id text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
-- app_metadata can only be changed with the service role.
CREATE POLICY docs_org ON documents USING (org_id = auth.jwt() -> 'app_metadata' ->> 'org_id');
CREATE POLICY docs_claim ON documents FOR SELECT USING (org_id = auth.jwt() ->> 'org_id');
-- A column merely named like metadata on another table is fine when not read.
CREATE TABLE profiles (id uuid PRIMARY KEY, user_metadata jsonb);
