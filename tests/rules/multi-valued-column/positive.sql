CREATE TABLE tags (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE posts (
  id bigint PRIMARY KEY,
  tag_ids bigint[], -- expect: multi-valued-column "1NF: column posts.tag_ids stores several values in one field (an array of int8 named like a list of ids); a junction table post_tags (post_id, tag_id)"
  reviewer_uuids uuid[] NOT NULL DEFAULT '{}' -- expect: multi-valued-column "(an array of uuid)"
);

-- An integer array named after a table.
CREATE TABLE labels (id int PRIMARY KEY, title text);
CREATE TABLE issues (
  id bigint PRIMARY KEY,
  labels int[] -- expect: multi-valued-column "an array of int4 named after table labels"
);

-- json/jsonb named as a list, or documented as holding ids.
CREATE TABLE workspaces (
  id uuid PRIMARY KEY,
  member_ids jsonb, -- expect: multi-valued-column "a jsonb column named like a list"
  module_list json, -- expect: multi-valued-column "a json column named like a list"
  -- expect: multi-valued-column "a jsonb column documented as"
  installed jsonb NOT NULL DEFAULT '[]' -- Array of module installation IDs
);

CREATE TABLE reports (id bigint PRIMARY KEY, sources jsonb); -- expect: multi-valued-column "list of source uuids"
COMMENT ON COLUMN reports.sources IS 'list of source uuids';
-- "ids of ..." and a verb of holding followed by ids.
CREATE TABLE teams (
  id bigint PRIMARY KEY,
  roster jsonb, -- expect: multi-valued-column "ids of the members, in order"
  watchers jsonb -- expect: multi-valued-column "holds the watching user ids"
);
COMMENT ON COLUMN teams.roster IS 'ids of the members, in order';
COMMENT ON COLUMN teams.watchers IS 'holds the watching user ids';
