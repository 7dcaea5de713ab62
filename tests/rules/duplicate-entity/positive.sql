-- FIXME: a case that triggers duplicate-entity
CREATE TABLE t (id int); -- expect: duplicate-entity
