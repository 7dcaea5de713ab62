-- Objects listed under `external` in external.ddlint.json are not reported.
CREATE TABLE profiles (
  id uuid PRIMARY KEY REFERENCES auth.users (id),
  bucket text REFERENCES storage.buckets (id)
);
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE emails (address citext PRIMARY KEY);
CREATE EXTENSION some_unknown_extension;
CREATE TABLE shapes (g some_type_it_provides);
