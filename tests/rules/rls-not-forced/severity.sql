-- A configured severity (severity.ddlint.json) is what the finding carries.
CREATE TABLE documents (id bigint PRIMARY KEY);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY; -- expect: rls-not-forced
