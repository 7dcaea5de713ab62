-- The internal one-byte "char" type is not char(n); varchar and text are fine here.
CREATE TABLE countries (code text PRIMARY KEY CHECK (char_length(code) = 2), kind "char", name varchar(80));
CREATE TABLE legacy (code char(2));
ALTER TABLE legacy ALTER COLUMN code TYPE text;
