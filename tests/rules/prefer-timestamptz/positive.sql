-- FIXME: a case that triggers prefer-timestamptz
CREATE TABLE t (id int); -- expect: prefer-timestamptz
