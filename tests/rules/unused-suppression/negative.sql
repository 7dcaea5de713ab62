-- test: rules=unused-suppression,semantic-error
-- Suppressions of rules that did not run (here syntax-error, undefined-object) are not judged.
-- ddlint-disable-next-line syntax-error, undefined-object
CREATE TABLE a (id int);
-- ddlint-disable-next-line semantic-error -- duplicate kept for the old client
CREATE TABLE b (id int, id int);
