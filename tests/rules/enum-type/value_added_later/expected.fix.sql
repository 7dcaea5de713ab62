-- enum-type: enum type role ('member', 'owner', 'admin'; used by memberships.role): its values cannot be removed or reordered without rewriting every column of the type
ALTER TABLE public.memberships
  ALTER COLUMN role DROP DEFAULT,
  ALTER COLUMN role TYPE text USING role::text,
  ALTER COLUMN role SET DEFAULT 'member',
  ADD CONSTRAINT memberships_role_check CHECK (role IN ('member', 'owner', 'admin'));
DROP TYPE public.role;
-- enum-type: enum type role gains value 'owner' here; ALTER TYPE ... ADD VALUE reopens the type and a value once added can never be removed
ALTER TABLE public.memberships
  ALTER COLUMN role DROP DEFAULT,
  ALTER COLUMN role TYPE text USING role::text,
  ALTER COLUMN role SET DEFAULT 'member',
  ADD CONSTRAINT memberships_role_check CHECK (role IN ('member', 'owner', 'admin'));
DROP TYPE public.role;
