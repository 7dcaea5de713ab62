-- expect: rls-not-forced "this migration stops forcing row-level security on documents"
ALTER TABLE documents NO FORCE ROW LEVEL SECURITY;
