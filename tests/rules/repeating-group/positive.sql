-- FIXME: a case that triggers repeating-group
CREATE TABLE t (id int); -- expect: repeating-group
