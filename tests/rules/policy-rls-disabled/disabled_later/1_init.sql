CREATE TABLE documents (id bigint PRIMARY KEY, owner text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents USING (owner = current_user);
CREATE POLICY documents_admin ON documents TO admin USING (true);
