CREATE TABLE documents (id bigint PRIMARY KEY, owner text NOT NULL);
-- expect: policy-rls-disabled "on documents do nothing: row-level security is never enabled"
CREATE POLICY documents_owner ON documents USING (owner = current_user);
CREATE POLICY "documents insert" ON documents FOR INSERT WITH CHECK (owner = current_user);
-- Any table, tenant or not.
CREATE TABLE notes (id bigint PRIMARY KEY, owner text NOT NULL);
CREATE POLICY notes_owner ON notes USING (owner = current_user); -- expect: policy-rls-disabled "policy notes_owner"
