CREATE TABLE users (
  id bigint PRIMARY KEY,
  password_hash text NOT NULL,
  api_key_digest text,
  token_encrypted bytea,
  secret_ciphertext bytea,
  -- Columns about a secret, not holding one.
  password_changed_at timestamptz,
  token_type text,
  api_key_id bigint,
  forgot_password_methods jsonb,
  has_password boolean NOT NULL DEFAULT false,
  secret_question_id int,
  -- Marked in a comment (bytea only).
  mfa_secret bytea, -- encrypted with pgsodium
  recovery_token bytea,
  totp_secret bytea -- AES-GCM ciphertext, key in the KMS
);
COMMENT ON COLUMN users.recovery_token IS 'sha256 digest of the token sent by mail';
-- A domain over a type that cannot hold the secret as written.
CREATE DOMAIN pin_hash_t AS bigint;
CREATE TABLE devices (id bigint PRIMARY KEY, secret pin_hash_t);
-- Words inside other words do not count.
CREATE TABLE tokens_of_appreciation (id bigint PRIMARY KEY, tokenizer text, passwordless boolean);
