-- FIXME: a case that triggers tenant-fk-scope
CREATE TABLE t (id int); -- expect: tenant-fk-scope
