-- FIXME: a case that triggers enum-like-unconstrained
CREATE TABLE t (id int); -- expect: enum-like-unconstrained
