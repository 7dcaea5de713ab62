CREATE TABLE documents (id bigint PRIMARY KEY, owner text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents USING (owner = current_user);
-- FORCE without ENABLE: RLS is off, this rule has nothing to say.
CREATE TABLE notes (id bigint PRIMARY KEY);
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
