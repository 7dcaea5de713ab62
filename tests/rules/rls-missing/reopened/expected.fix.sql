-- rls-missing: this migration reopens projects: row-level security is disabled here, while the table holds tenant rows and has no policy
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
