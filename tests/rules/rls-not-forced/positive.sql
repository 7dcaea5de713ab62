-- FIXME: a case that triggers rls-not-forced
CREATE TABLE t (id int); -- expect: rls-not-forced
