-- FIXME: a case that triggers tenant-unique-scope
CREATE TABLE t (id int); -- expect: tenant-unique-scope
