DROP TABLE a; -- expect: semantic-error "depends on it"
ALTER TABLE b ADD COLUMN a_id int; -- expect: semantic-error "specified more than once"
