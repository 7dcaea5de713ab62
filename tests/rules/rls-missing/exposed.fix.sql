-- rls-missing: table api.profiles is in the exposed schema api but has no row-level security
ALTER TABLE api.profiles ENABLE ROW LEVEL SECURITY;
-- rls-missing: table api.events is in the exposed schema api but has no row-level security
ALTER TABLE api.events ENABLE ROW LEVEL SECURITY;
