-- FIXME: a case that triggers timestamp-naming
CREATE TABLE t (id int); -- expect: timestamp-naming
