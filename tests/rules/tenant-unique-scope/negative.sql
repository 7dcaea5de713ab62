CREATE TABLE tenants (id uuid PRIMARY KEY, slug text NOT NULL UNIQUE);
CREATE TABLE users (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  email text NOT NULL,
  UNIQUE (tenant_id, email)
);
CREATE UNIQUE INDEX users_email_lower_idx ON users (tenant_id, lower(email));
-- The tenant column inside an expression counts as well.
CREATE UNIQUE INDEX users_key_idx ON users ((tenant_id::text || ':' || email));
-- Surrogate keys are unique across tenants by construction.
CREATE TABLE projects (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  public_id uuid NOT NULL UNIQUE,
  legacy_id serial UNIQUE,
  invite_token text NOT NULL UNIQUE DEFAULT encode(gen_random_bytes(16), 'hex'),
  tenant_id uuid NOT NULL REFERENCES tenants (id)
);
-- A key that holds a reference to another tenant row cannot collide across tenants.
CREATE TABLE project_settings (
  project_id bigint PRIMARY KEY REFERENCES projects (id),
  tenant_id uuid NOT NULL REFERENCES tenants (id)
);
CREATE TABLE project_members (
  project_id bigint NOT NULL REFERENCES projects (id),
  user_id uuid NOT NULL REFERENCES users (id),
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  PRIMARY KEY (project_id, user_id)
);
