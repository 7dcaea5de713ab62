CREATE TABLE audit_log (at timestamptz NOT NULL, message text); -- expect: no-primary-key "1NF: table audit_log has no primary key"

-- A UNIQUE key on NOT NULL columns is named; the fix promotes it.
-- expect: no-primary-key "unique key users_email_key (email) on NOT NULL columns could be promoted"
CREATE TABLE users (
  email text NOT NULL UNIQUE,
  name text
);

-- A unique index counts too.
CREATE TABLE tags (slug text NOT NULL, label text); -- expect: no-primary-key "unique key tags_slug_uidx (slug)"
CREATE UNIQUE INDEX tags_slug_uidx ON tags (slug);

-- A nullable unique column is no candidate: no fix.
CREATE TABLE devices (serial text UNIQUE); -- expect: no-primary-key

CREATE SCHEMA billing;
CREATE TABLE billing.ledger (amount numeric); -- expect: no-primary-key "billing.ledger"
