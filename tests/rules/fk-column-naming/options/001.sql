CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE documents (
  id bigint PRIMARY KEY,
  users_id bigint REFERENCES users (id)
);
CREATE TABLE audits (id bigint PRIMARY KEY, created_by bigint REFERENCES users (id));
-- allow_role_prefix is off: a role before the name does not make it right.
CREATE TABLE notes (
  id bigint PRIMARY KEY,
  owner_users_id bigint REFERENCES users (id) -- expect: fk-column-naming "is not named users_id"
);
