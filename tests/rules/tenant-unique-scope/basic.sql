CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE users (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  email text NOT NULL UNIQUE, -- expect: tenant-unique-scope@23 "unique constraint users(email) does not include the tenant column tenant_id"
  username text NOT NULL,
  CONSTRAINT users_username_key UNIQUE (username) -- expect: tenant-unique-scope "users(username)"
);
CREATE TABLE projects (
  slug text PRIMARY KEY, -- expect: tenant-unique-scope "primary key projects(slug)"
  tenant_id uuid NOT NULL REFERENCES tenants (id)
);
-- A unique expression index, partial at that, leaks across tenants too.
ALTER TABLE users ADD COLUMN deleted_at timestamptz;
-- expect: tenant-unique-scope "unique index users_email_lower_idx on users(lower(email)) WHERE deleted_at IS NULL"
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email)) WHERE deleted_at IS NULL;
