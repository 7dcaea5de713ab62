CREATE TABLE documents (id bigint PRIMARY KEY);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY; -- expect: rls-no-policy "row-level security is enabled on documents but no policy grants access"
CREATE SCHEMA app;
CREATE TABLE app.jobs (id bigint PRIMARY KEY);
ALTER TABLE app.jobs ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY; -- expect: rls-no-policy "app.jobs"
