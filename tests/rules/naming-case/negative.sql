-- Unquoted identifiers fold to lower case (UserAccounts is useraccounts).
CREATE TABLE UserAccounts (id bigint PRIMARY KEY, FirstName text);
CREATE TABLE user_accounts (id bigint PRIMARY KEY, first_name text, "last_name" text);
CREATE INDEX ON user_accounts (first_name);
CREATE TYPE mood AS ENUM ('Sad', 'Happy');
CREATE FUNCTION get_user(user_id bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT user_id $$;
