-- FIXME: a case that triggers identifier-length
CREATE TABLE t (id int); -- expect: identifier-length
