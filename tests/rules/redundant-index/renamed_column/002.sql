ALTER TABLE posts RENAME COLUMN bumped TO bumped_at;
ALTER TABLE posts RENAME COLUMN published TO published_at;
-- Written with the new names: the same expression as the renamed one.
CREATE INDEX posts_featured_bump_community ON posts (featured, coalesce(bumped_at, published_at), id, published_at);
