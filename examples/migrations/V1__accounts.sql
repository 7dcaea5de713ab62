-- Tenants and their members.
CREATE TABLE plans (
  id text PRIMARY KEY,
  name text NOT NULL,
  monthly_price money NOT NULL
);

CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  plan_id text NOT NULL REFERENCES plans (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts (id),
  email text NOT NULL,
  role text NOT NULL DEFAULT 'viewer', -- 'owner', 'admin', 'viewer'
  password text,
  UNIQUE (account_id, email)
);
