-- FIXME: a case that triggers prefer-text
CREATE TABLE t (id int); -- expect: prefer-text
