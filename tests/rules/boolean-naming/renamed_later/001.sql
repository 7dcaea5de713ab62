CREATE TABLE accounts (id bigint PRIMARY KEY, locked boolean, archived boolean); -- expect: boolean-naming "accounts.archived"
