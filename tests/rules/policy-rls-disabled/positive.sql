-- FIXME: a case that triggers policy-rls-disabled
CREATE TABLE t (id int); -- expect: policy-rls-disabled
