-- FIXME: a case that triggers redundant-index
CREATE TABLE t (id int); -- expect: redundant-index
