-- test: rules=findings-limit,semantic-error
-- Clean statements: nothing to count, nothing reported.
CREATE TABLE c (id int PRIMARY KEY);
CREATE TABLE d (id int PRIMARY KEY);
