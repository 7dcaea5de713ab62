-- FIXME: a case that triggers duplicate-foreign-key
CREATE TABLE t (id int); -- expect: duplicate-foreign-key
