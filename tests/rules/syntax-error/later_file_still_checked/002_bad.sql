ALTER TABLE a ADD COLUMN b int,; -- expect: syntax-error
ALTER TABLE a ADD COLUMN c int;
