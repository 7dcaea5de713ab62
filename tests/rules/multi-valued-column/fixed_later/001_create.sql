CREATE TABLE posts (id bigint PRIMARY KEY, tag_ids bigint[]);
