-- FIXME: a case that triggers boolean-naming
CREATE TABLE t (id int); -- expect: boolean-naming
