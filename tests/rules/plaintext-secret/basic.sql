CREATE TABLE users (
  id bigint PRIMARY KEY,
  email text NOT NULL,
  password text NOT NULL, -- expect: plaintext-secret "column users(password) is named like a secret (password) and is stored as text"
  reset_password_token varchar(64), -- expect: plaintext-secret "(token)"
  github_api_key text, -- expect: plaintext-secret "(api_key)"
  client_secret_value text, -- expect: plaintext-secret "(secret)"
  settings_credentials jsonb -- expect: plaintext-secret
);
ALTER TABLE users ADD COLUMN private_key bytea; -- expect: plaintext-secret "bytea"
-- Comments exempt only bytea columns, with the marker as a whole word and not negated.
CREATE TABLE sessions (
  id bigint PRIMARY KEY,
  refresh_token text, -- expect: plaintext-secret "sessions(refresh_token)"
  api_key bytea, -- expect: plaintext-secret "sessions(api_key)"
  password bytea, -- expect: plaintext-secret "sessions(password)"
  secret bytea, -- expect: plaintext-secret "sessions(secret)"
  access_token bytea, -- expect: plaintext-secret "sessions(access_token)"
  private_key bytea -- expect: plaintext-secret "sessions(private_key)"
);
COMMENT ON COLUMN sessions.refresh_token IS 'sha256 digest of the token';
COMMENT ON COLUMN sessions.api_key IS 'not encrypted';
COMMENT ON COLUMN sessions.password IS 'unencrypted for now';
COMMENT ON COLUMN sessions.secret IS 'NOT hashed yet, TODO encrypt';
COMMENT ON COLUMN sessions.access_token IS 'rehashed tokens are kept elsewhere';
COMMENT ON COLUMN sessions.private_key IS 'should be encrypted';
-- Domains resolve to their base type.
CREATE DOMAIN secret_t AS text;
CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  password secret_t -- expect: plaintext-secret "(through domain public.secret_t over text)"
);
