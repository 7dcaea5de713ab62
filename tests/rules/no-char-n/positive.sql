-- FIXME: a case that triggers no-char-n
CREATE TABLE t (id int); -- expect: no-char-n
