-- FIXME: a case that triggers transitive-dependency
CREATE TABLE t (id int); -- expect: transitive-dependency
