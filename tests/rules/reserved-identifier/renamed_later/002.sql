-- Renamed in a later migration: only "group" is left.
ALTER TABLE accounts RENAME COLUMN "user" TO username;
