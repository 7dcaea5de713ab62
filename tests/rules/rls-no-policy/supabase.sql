-- The supabase preset (supabase.ddlint.json) reports this as info: RLS without policies is the
-- usual way to keep a Supabase table server-only.
CREATE TABLE customers (id uuid PRIMARY KEY REFERENCES auth.users (id), stripe_customer_id text);
ALTER TABLE customers ENABLE ROW LEVEL SECURITY; -- expect: rls-no-policy
