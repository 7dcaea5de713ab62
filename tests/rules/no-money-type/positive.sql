-- FIXME: a case that triggers no-money-type
CREATE TABLE t (id int); -- expect: no-money-type
