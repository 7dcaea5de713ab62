-- FIXME: a case that triggers tenant-column-missing
CREATE TABLE t (id int); -- expect: tenant-column-missing
