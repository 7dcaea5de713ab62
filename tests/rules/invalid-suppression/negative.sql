-- test: rules=invalid-suppression,semantic-error
-- Comments that mention ddlint in prose are not directives: ddlint-disable is a directive only
-- at the start of a comment.
-- see ddlint-disable-next-line in docs/suppression.md
/* ddlint checks this file */
-- ddlint-disable-next-line semantic-error -- reason -- with dashes -- in it
CREATE TABLE a (id int, id int);
-- ddlint-disable semantic-error
CREATE TABLE b (id int, id int);
-- ddlint-enable semantic-error
