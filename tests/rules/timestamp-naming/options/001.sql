CREATE TABLE posts (id bigint PRIMARY KEY, created_at timestamptz, updated_ts timestamptz);
CREATE TABLE comments (id bigint PRIMARY KEY, created_at timestamptz); -- expect: timestamp-naming "does not end in _ts"
