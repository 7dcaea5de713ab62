CREATE TABLE documents (id bigint PRIMARY KEY, owner text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_read ON documents FOR SELECT USING (owner = current_user);
CREATE POLICY documents_write ON documents FOR INSERT WITH CHECK (owner = current_user);
