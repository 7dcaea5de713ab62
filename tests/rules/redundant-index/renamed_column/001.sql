CREATE TABLE posts (id bigint PRIMARY KEY, featured boolean, bumped timestamptz, published timestamptz);
CREATE INDEX posts_featured_bump ON posts (featured, coalesce(bumped, published), id); -- expect: redundant-index "posts(featured, COALESCE(bumped_at, published_at), id) is redundant"
