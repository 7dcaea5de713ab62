-- FIXME: a case that must stay clean
CREATE TABLE t (id int PRIMARY KEY);
