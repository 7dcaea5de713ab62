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
  -- Marked in a comment.
  mfa_secret bytea, -- encrypted with pgsodium
  recovery_token text
);
COMMENT ON COLUMN users.recovery_token IS 'sha256 digest of the token sent by mail';
-- Words inside other words do not count.
CREATE TABLE tokens_of_appreciation (id bigint PRIMARY KEY, tokenizer text, passwordless boolean);
