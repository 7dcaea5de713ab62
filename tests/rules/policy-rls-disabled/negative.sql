CREATE TABLE documents (id bigint PRIMARY KEY, owner text NOT NULL);
CREATE POLICY documents_owner ON documents USING (owner = current_user);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
-- No policy and no RLS: not this rule (rls-missing, when the table needs RLS).
CREATE TABLE notes (id bigint PRIMARY KEY);
