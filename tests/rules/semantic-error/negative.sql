CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE child (
  id int PRIMARY KEY,
  parent_id int REFERENCES parent,
  parent_code text REFERENCES parent (code)
);
CREATE UNIQUE INDEX child_pair ON child (id, parent_id);
CREATE TABLE grandchild (id int, child_id int, parent_id int,
  FOREIGN KEY (child_id, parent_id) REFERENCES child (id, parent_id));
ALTER TABLE child ADD COLUMN IF NOT EXISTS parent_id int;
CREATE TABLE IF NOT EXISTS parent (id int);
