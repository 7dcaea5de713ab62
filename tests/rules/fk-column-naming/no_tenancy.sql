-- No tenant column is configured or detected (account_id is on 1 of 2 tables, and one table is no
-- tenancy): account_id is an ordinary column, and it references users.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE invitations (id bigint PRIMARY KEY, account_id bigint REFERENCES users (id)); -- expect: fk-column-naming "foreign key column invitations.account_id references users(id) but is not named user_id"
