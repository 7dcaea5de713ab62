-- test: rules=findings-limit,semantic-error,prefer-text
-- Under the default cap (10000 findings per file) nothing is dropped or reported.
CREATE TABLE a (v varchar(10)); -- expect: prefer-text
CREATE TABLE c (id int, id int); -- expect: semantic-error
CREATE TABLE d (id int, id int); -- expect: semantic-error
