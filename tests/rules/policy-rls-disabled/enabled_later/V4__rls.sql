-- Three files after the policy: the final state has RLS on, so there is nothing to report.
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
