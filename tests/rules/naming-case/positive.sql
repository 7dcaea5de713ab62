-- FIXME: a case that triggers naming-case
CREATE TABLE t (id int); -- expect: naming-case
