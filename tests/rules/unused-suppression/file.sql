-- test: rules=unused-suppression,semantic-error,syntax-error
CREATE TABLE a (id int, id int);
CREATE TABLE b (id int, id int);
-- A file-wide suppression applies above and below the comment.
-- ddlint-disable-file semantic-error -- vendored schema
CREATE TABLE c (id int, id int);
-- ddlint-disable-file syntax-error -- expect: unused-suppression@24
