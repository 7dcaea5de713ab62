CREATE TABLE documents (id bigint PRIMARY KEY, owner text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents USING (owner = current_user);
