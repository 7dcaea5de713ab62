-- The supabase preset (supabase.ddlint.json) exposes public: no tenancy is needed.
CREATE TABLE profiles (id uuid PRIMARY KEY REFERENCES auth.users (id), full_name text); -- expect: rls-missing "exposed schema public"
CREATE TABLE todos (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id uuid NOT NULL REFERENCES auth.users (id));
ALTER TABLE todos ENABLE ROW LEVEL SECURITY;
CREATE POLICY "own todos" ON todos FOR ALL TO authenticated USING (user_id = (SELECT auth.uid()));
