CREATE TYPE state AS ENUM ('on', 'off');
CREATE TABLE switches (id bigint PRIMARY KEY, state state NOT NULL);
