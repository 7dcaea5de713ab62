CREATE TABLE documents (id bigint PRIMARY KEY, owner text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY; -- expect: rls-not-forced "row-level security on documents is not forced"
CREATE POLICY documents_owner ON documents USING (owner = current_user);
