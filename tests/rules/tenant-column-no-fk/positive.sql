-- FIXME: a case that triggers tenant-column-no-fk
CREATE TABLE t (id int); -- expect: tenant-column-no-fk
