-- Drops: IF EXISTS, CASCADE, columns taking their indexes and constraints along.
CREATE TABLE a (id int PRIMARY KEY, code text UNIQUE, note text);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a, tag text);
CREATE INDEX b_tag_idx ON b (tag);
CREATE INDEX b_tag_a_idx ON b (tag, a_id);
ALTER TABLE b DROP COLUMN tag;
ALTER TABLE a DROP CONSTRAINT a_code_key;
ALTER TABLE a DROP COLUMN IF EXISTS nothing;
DROP INDEX IF EXISTS no_such_index;
CREATE TABLE c (id int);
DROP TABLE c;
DROP TABLE a CASCADE;
