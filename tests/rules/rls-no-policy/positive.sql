-- FIXME: a case that triggers rls-no-policy
CREATE TABLE t (id int); -- expect: rls-no-policy
