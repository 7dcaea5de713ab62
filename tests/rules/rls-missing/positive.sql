-- FIXME: a case that triggers rls-missing
CREATE TABLE t (id int); -- expect: rls-missing
