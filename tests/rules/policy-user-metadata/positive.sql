-- FIXME: a case that triggers policy-user-metadata
CREATE TABLE t (id int); -- expect: policy-user-metadata
