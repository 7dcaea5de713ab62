-- Unreserved keywords are fine everywhere: type, name, year, status, role, data.
CREATE TABLE events (
  id bigint PRIMARY KEY,
  type text,
  name text,
  year int,
  data jsonb,
  role text,
  "User" text        -- quoted with upper case: not the keyword (naming-case's business)
);
-- Generated names are not chosen by anyone.
CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);
