-- No tenant column is configured or detected (account_id is on 1 of 3 tables): account_id is an
-- ordinary key part, so (account_id, user_id) is composite and copies of either side depend on
-- part of the key.
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE account_members (
  account_id bigint NOT NULL REFERENCES accounts (id),
  user_id bigint NOT NULL REFERENCES users (id),
  account_name text, -- expect: partial-dependency "account_members.account_name depends on account_id, only part of the key (account_id, user_id): it repeats accounts.name"
  user_email text, -- expect: partial-dependency "account_members.user_email depends on user_id"
  PRIMARY KEY (account_id, user_id)
);
