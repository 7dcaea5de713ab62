-- rls-missing: table projects holds tenant rows but has no row-level security
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
-- rls-missing: table comments holds tenant rows but has no row-level security
ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;
