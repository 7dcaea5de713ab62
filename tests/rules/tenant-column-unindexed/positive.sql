-- FIXME: a case that triggers tenant-column-unindexed
CREATE TABLE t (id int); -- expect: tenant-column-unindexed
