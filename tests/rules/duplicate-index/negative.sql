CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  name text,
  org_id bigint
);
-- Different order, method, opclass, predicate, INCLUDE or expression: not duplicates.
CREATE INDEX users_org_name ON users (org_id, name);
CREATE INDEX users_name_org ON users (name, org_id);
CREATE INDEX users_email_hash ON users USING hash (email);
CREATE INDEX users_email_btree ON users (email);
CREATE INDEX users_email_pattern ON users (email text_pattern_ops);
CREATE INDEX users_email_named ON users (email) WHERE name IS NOT NULL;
CREATE INDEX users_email_incl ON users (email) INCLUDE (name);
CREATE INDEX users_lower_email ON users (lower(email));
CREATE INDEX users_upper_email ON users (upper(email));

-- Two PRIMARY KEYs are a semantic-error, not a duplicate index.
CREATE TABLE tokens (
  id uuid PRIMARY KEY,
  CONSTRAINT tokens_pkey2 PRIMARY KEY (id)
);

-- EXCLUDE constraints differ by operator, which is not part of the key.
CREATE TABLE bookings (room int, during tsrange,
  EXCLUDE USING gist (room WITH =, during WITH &&),
  EXCLUDE USING gist (room WITH <>, during WITH &&));
