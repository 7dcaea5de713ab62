-- FIXME: a case that triggers missing-foreign-key
CREATE TABLE t (id int); -- expect: missing-foreign-key
