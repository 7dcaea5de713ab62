-- Arrays of values that are not references, and documents that are not lists of ids.
CREATE TABLE posts (
  id bigint PRIMARY KEY,
  keywords text[],
  scores int[],
  runtimes_in_seconds int4[],
  settings jsonb, -- user preferences, e.g. {"theme": "dark"}
  metadata jsonb
);
COMMENT ON COLUMN posts.metadata IS 'free-form attributes';
