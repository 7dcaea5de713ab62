-- FIXME: a case that triggers tenant-column-nullable
CREATE TABLE t (id int); -- expect: tenant-column-nullable
