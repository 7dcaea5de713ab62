ALTER POLICY docs_org ON documents USING (org_id = auth.jwt() -> 'user_metadata' ->> 'org_id'); -- expect: policy-user-metadata
