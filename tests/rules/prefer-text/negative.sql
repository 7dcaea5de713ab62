CREATE TABLE users (id bigint PRIMARY KEY, name text CHECK (char_length(name) <= 255), bio varchar);
CREATE TABLE legacy (code varchar(10));
ALTER TABLE legacy ALTER COLUMN code TYPE text;
