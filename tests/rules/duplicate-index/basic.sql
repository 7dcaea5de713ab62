-- A UNIQUE constraint and an identical unique index.
CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text
);
CREATE UNIQUE INDEX users_email_uniq ON users (email); -- expect: duplicate-index "unique index users_email_uniq duplicates unique constraint users_email_key on users(email)"
-- A plain index next to a unique one on the same column.
CREATE INDEX users_email_idx ON users (email); -- expect: duplicate-index

-- The same expression, written twice.
CREATE INDEX users_lower_name ON users (lower(name));
CREATE INDEX users_name_ci ON users (lower(name)); -- expect: duplicate-index "users(lower(name))"

-- The same predicate.
CREATE INDEX users_named ON users (name) WHERE name IS NOT NULL;
CREATE INDEX users_named_again ON users USING btree (name) WHERE (name IS NOT NULL); -- expect: duplicate-index

-- Within one CREATE TABLE, PostgreSQL itself folds a UNIQUE that repeats the primary key
-- into it (the key takes the UNIQUE's name if only that one was named): nothing to report.
CREATE TABLE tokens (
  id uuid PRIMARY KEY UNIQUE
);
-- Added later, the UNIQUE constraint is kept next to the primary key: the fix drops it.
CREATE TABLE sessions (id uuid PRIMARY KEY);
ALTER TABLE sessions ADD UNIQUE (id); -- expect: duplicate-index "unique constraint sessions_id_key duplicates primary key sessions_pkey"

-- When an FK references the key, dropping the extra constraint fails: no fix is given.
CREATE TABLE accounts (id bigint PRIMARY KEY);
ALTER TABLE accounts ADD CONSTRAINT accounts_id_unique UNIQUE (id); -- expect: duplicate-index
CREATE TABLE transfers (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id));
