-- test: rules=unused-suppression,semantic-error
-- A region ends with its file: it does not reach into the next migration.
-- ddlint-disable semantic-error -- expect: unused-suppression
CREATE TABLE a (id int PRIMARY KEY);
