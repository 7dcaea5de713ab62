CREATE TABLE dup_col (
  id int PRIMARY KEY,
  name text,
  name text -- expect: semantic-error@3 "specified more than once"
);
CREATE TABLE two_pk (
  id uuid PRIMARY KEY,
  CONSTRAINT two_pk_pkey2 PRIMARY KEY (id) -- expect: semantic-error@3 "multiple primary keys"
);
CREATE TABLE t (a int, b int);
CREATE INDEX t_c_idx ON t (c); -- expect: semantic-error "named in index does not exist"
ALTER TABLE t ADD CONSTRAINT t_d_key UNIQUE (d); -- expect: semantic-error "named in key"
CREATE TABLE r (
  id int PRIMARY KEY,
  t_a int REFERENCES t (a) -- expect: semantic-error "no unique constraint"
);
-- PostgreSQL has no equality operator between these key types (fk-type-mismatch also says so).
CREATE TABLE accounts (id uuid PRIMARY KEY);
CREATE TABLE sessions (id bigint PRIMARY KEY, account_id text REFERENCES accounts (id)); -- expect: semantic-error "incompatible types: text and uuid"
CREATE TABLE ok_types (id bigint PRIMARY KEY, small_ref int2 REFERENCES r (id));
