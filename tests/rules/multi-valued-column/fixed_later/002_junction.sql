-- Replaced by a junction table: nothing left to report.
CREATE TABLE post_tags (post_id bigint REFERENCES posts (id), tag_id bigint, PRIMARY KEY (post_id, tag_id));
ALTER TABLE posts DROP COLUMN tag_ids;
