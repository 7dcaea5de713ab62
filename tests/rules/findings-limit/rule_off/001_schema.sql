-- test: rules=semantic-error
-- With findings-limit turned off the cap still holds; it is just not reported.
CREATE TABLE c (id int, id int); -- expect: semantic-error
CREATE TABLE d (id int, id int);
CREATE TABLE e (id int, id int);
