-- FIXME: a case that triggers multi-valued-column
CREATE TABLE t (id int); -- expect: multi-valued-column
