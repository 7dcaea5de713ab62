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
