-- test: rules=invalid-suppression,unused-suppression,semantic-error
-- ddlint-disable-next-line semantic-eror -- expect: invalid-suppression@29 "unknown rule"
CREATE TABLE a (id int, id int); -- expect: semantic-error

-- The valid id of a comment still works when another is unknown.
-- ddlint-disable-next-line semantic-error, no-such-rule -- expect: invalid-suppression@45 "no-such-rule"
CREATE TABLE b (id int, id int);

-- ddlint-disable-next-line Semantic_Error -- expect: invalid-suppression "is not a rule id"
CREATE TABLE c (id int);

-- expect: invalid-suppression@1 "unknown directive"
-- ddlint-disable-nextline semantic-error
CREATE TABLE d (id int);

-- expect: invalid-suppression "names no rule"
-- ddlint-disable-next-line -- a reason but no rule
CREATE TABLE e (id int);

-- expect: invalid-suppression "without a matching ddlint-disable"
-- ddlint-enable semantic-error
-- expect: invalid-suppression "without a matching ddlint-disable"
-- ddlint-enable
