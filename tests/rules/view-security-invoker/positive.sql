-- FIXME: a case that triggers view-security-invoker
CREATE TABLE t (id int); -- expect: view-security-invoker
