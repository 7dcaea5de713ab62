-- FIXME: a case that triggers prefer-jsonb
CREATE TABLE t (id int); -- expect: prefer-jsonb
