CREATE TABLE documents (id bigint PRIMARY KEY, org_id text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
-- expect: policy-user-metadata "policy docs_org on documents reads user-editable metadata in its USING clause (auth.jwt() -> 'user_metadata')"
CREATE POLICY docs_org ON documents USING (org_id = auth.jwt() -> 'user_metadata' ->> 'org_id');
-- expect: policy-user-metadata "WITH CHECK"
CREATE POLICY docs_insert ON documents FOR INSERT WITH CHECK (
  org_id = (SELECT raw_user_meta_data ->> 'org_id' FROM auth.users WHERE id = auth.uid())
);
-- expect: policy-user-metadata
CREATE POLICY docs_path ON documents FOR DELETE USING (auth.jwt() #>> '{user_metadata,role}' = 'admin');
