-- FIXME: a case that triggers table-inheritance
CREATE TABLE t (id int); -- expect: table-inheritance
