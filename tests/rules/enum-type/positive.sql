-- FIXME: a case that triggers enum-type
CREATE TABLE t (id int); -- expect: enum-type
