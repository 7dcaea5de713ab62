-- A reference to a shared table (users are global here) does not make a key tenant-unique: the
-- same user active in two tenants on the same day collides.
CREATE TABLE orgs (id bigint PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE daily_activity (
  id bigint PRIMARY KEY,
  org_id bigint NOT NULL REFERENCES orgs (id),
  user_id bigint NOT NULL REFERENCES users (id),
  day date NOT NULL,
  UNIQUE (user_id, day) -- expect: tenant-unique-scope "daily_activity(user_id, day)"
);
