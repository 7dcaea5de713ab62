-- Arrays of values that are not references, and documents that are not lists of ids.
CREATE TABLE posts (
  id bigint PRIMARY KEY,
  keywords text[],
  scores int[],
  runtimes_in_seconds int4[],
  settings jsonb, -- user preferences, e.g. {"theme": "dark"}
  metadata jsonb,
  meta jsonb, -- metadata blob, no ids here
  extra jsonb, -- array of settings, not ids
  payload jsonb, -- raw webhook payload, may mention ids
  audit jsonb -- stored without user ids or uuids
);
COMMENT ON COLUMN posts.metadata IS 'free-form attributes';
