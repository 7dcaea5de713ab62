-- test: rules=unused-suppression,semantic-error
-- ddlint-disable semantic-error -- generated tables, fixed upstream
CREATE TABLE a (id int, id int);
CREATE TABLE b (x int, x int);
-- ddlint-enable semantic-error
CREATE TABLE c (id int, id int); -- expect: semantic-error

-- ddlint-disable semantic-error -- expect: unused-suppression@19
CREATE TABLE d (id int);
-- ddlint-enable

-- A region stays open until the end of the file.
-- ddlint-disable semantic-error
CREATE TABLE e (id int, id int);
