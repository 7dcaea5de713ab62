CREATE TABLE a (v varchar(10)); -- expect: findings-limit@1, prefer-text
CREATE TABLE b (v varchar(10));
-- Errors are kept before warnings and infos: two errors and the first info fit in 3.
CREATE TABLE c (id int, id int); -- expect: semantic-error
CREATE TABLE d (id int, id int); -- expect: semantic-error
CREATE TABLE e (v varchar(10));
CREATE TABLE f (v varchar(10));
-- test: rules=findings-limit,semantic-error,prefer-text
