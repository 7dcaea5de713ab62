-- FIXME: a case that triggers reserved-identifier
CREATE TABLE t (id int); -- expect: reserved-identifier
