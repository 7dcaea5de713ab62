-- Policies named in prose (a Supabase habit) are left alone when "policy" is not listed.
CREATE TABLE profiles (id uuid PRIMARY KEY, "displayName" text); -- expect: naming-case
CREATE POLICY "Public profiles are viewable by everyone" ON profiles FOR SELECT USING (true);
CREATE INDEX "ProfilesName" ON profiles ("displayName");
