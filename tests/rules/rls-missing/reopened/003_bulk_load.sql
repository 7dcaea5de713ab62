-- A data fix that switched RLS off "for a moment" and never switched it back on.
ALTER TABLE projects DISABLE ROW LEVEL SECURITY; -- expect: rls-missing "this migration reopens projects"
