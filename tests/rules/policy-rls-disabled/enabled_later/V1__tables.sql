CREATE TABLE documents (id bigint PRIMARY KEY, owner text NOT NULL);
CREATE POLICY documents_owner ON documents USING (owner = current_user);
