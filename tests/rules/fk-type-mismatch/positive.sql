-- FIXME: a case that triggers fk-type-mismatch
CREATE TABLE t (id int); -- expect: fk-type-mismatch
