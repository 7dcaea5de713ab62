CREATE TABLE accounts (id bigint PRIMARY KEY, "user" text, "group" text); -- expect: reserved-identifier "accounts.group"
