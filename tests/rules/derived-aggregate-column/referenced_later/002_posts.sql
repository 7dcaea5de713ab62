-- The child table that the counter counts arrives later.
CREATE TABLE posts (id bigint PRIMARY KEY, forum_id bigint NOT NULL REFERENCES forums (id));
