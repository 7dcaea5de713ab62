-- FIXME: a case that triggers partial-dependency
CREATE TABLE t (id int); -- expect: partial-dependency
