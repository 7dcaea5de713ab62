ALTER TABLE posts RENAME COLUMN published TO published_at;
