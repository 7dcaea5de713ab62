CREATE TABLE webhooks (
  id bigint PRIMARY KEY,
  payload json NOT NULL, -- expect: prefer-jsonb "column webhooks(payload) is json, not jsonb"
  headers json[], -- expect: prefer-jsonb
  meta jsonb
);
CREATE DOMAIN raw_doc AS json;
CREATE TABLE imports (id bigint PRIMARY KEY, body raw_doc); -- expect: prefer-jsonb "(through domain public.raw_doc)"
-- Added later with ALTER TABLE.
ALTER TABLE imports ADD COLUMN extra pg_catalog.json; -- expect: prefer-jsonb
