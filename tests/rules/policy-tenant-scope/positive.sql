-- FIXME: a case that triggers policy-tenant-scope
CREATE TABLE t (id int); -- expect: policy-tenant-scope
