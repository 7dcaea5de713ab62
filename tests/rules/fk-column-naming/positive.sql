-- FIXME: a case that triggers fk-column-naming
CREATE TABLE t (id int); -- expect: fk-column-naming
