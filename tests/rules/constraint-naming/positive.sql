-- FIXME: a case that triggers constraint-naming
CREATE TABLE t (id int); -- expect: constraint-naming
