-- FIXME: a case that triggers policy-always-true
CREATE TABLE t (id int); -- expect: policy-always-true
