-- FIXME: a case that triggers prefer-identity
CREATE TABLE t (id int); -- expect: prefer-identity
