-- test: rules=findings-limit,semantic-error
-- Exactly at the cap is not over it: nothing is dropped, nothing reported.
CREATE TABLE c (id int, id int); -- expect: semantic-error
CREATE TABLE d (id int, id int); -- expect: semantic-error
