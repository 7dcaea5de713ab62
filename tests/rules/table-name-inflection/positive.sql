-- FIXME: a case that triggers table-name-inflection
CREATE TABLE t (id int); -- expect: table-name-inflection
