-- Objects listed under `external` in external.ddlint.json are not reported.
CREATE TABLE profiles (
  id uuid PRIMARY KEY REFERENCES auth.users (id),
  bucket text REFERENCES storage.buckets (id)
);
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE emails (address citext PRIMARY KEY);
CREATE EXTENSION some_unknown_extension;
CREATE TABLE shapes (g some_type_it_provides);
-- Objects created inside DO blocks (the idempotent-enum idiom) are modelled.
DO $$
BEGIN
  CREATE TYPE queue_type AS ENUM ('a', 'b');
EXCEPTION
  WHEN duplicate_object THEN null;
END; $$;
DO $body$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'jobs') THEN
    EXECUTE 'CREATE SCHEMA jobs';
  END IF;
END $body$;
CREATE TABLE jobs.queue (id int PRIMARY KEY, kind queue_type);
-- System catalogs are never undefined.
CREATE VIEW sizes AS SELECT relname FROM pg_class JOIN pg_catalog.pg_namespace n ON true;
