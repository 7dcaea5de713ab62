-- FIXME: a case that triggers duplicate-index
CREATE TABLE t (id int); -- expect: duplicate-index
