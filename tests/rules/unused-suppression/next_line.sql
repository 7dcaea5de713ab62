-- test: rules=unused-suppression,semantic-error,syntax-error
-- A used suppression with a reason: the finding is gone and nothing is reported.
-- ddlint-disable-next-line semantic-error -- legacy table, dropped in V12
CREATE TABLE a (id int, id int);

-- Unused: the next line is clean. The finding points at the rule id.
-- ddlint-disable-next-line semantic-error -- expect: unused-suppression@29 "ddlint-disable-next-line semantic-error suppresses nothing"
CREATE TABLE b (id int);

-- Blank and comment-only lines between the comment and its line are skipped.
-- ddlint-disable-next-line semantic-error

-- (an unrelated comment)
CREATE TABLE c (id int, id int);

-- Each id is judged on its own.
-- ddlint-disable-next-line semantic-error, syntax-error -- expect: unused-suppression@45 "syntax-error"
CREATE TABLE d (id int, id int);

-- Only the next line: a finding further down is still reported.
-- ddlint-disable-next-line semantic-error -- expect: unused-suppression
SELECT 1;
CREATE TABLE e (id int, id int); -- expect: semantic-error

/* ddlint-disable-next-line semantic-error -- block comments work too */
CREATE TABLE f (id int, id int);

-- A finding before the comment on the same line is not on the next line.
CREATE TABLE g (id int, id int); -- ddlint-disable-next-line semantic-error -- expect: semantic-error, unused-suppression
SELECT 1;
