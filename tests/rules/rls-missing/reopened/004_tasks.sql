-- Disabled and enabled again: the final state counts.
ALTER TABLE tasks DISABLE ROW LEVEL SECURITY;
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
