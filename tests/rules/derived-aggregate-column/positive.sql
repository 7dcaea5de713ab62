-- FIXME: a case that triggers derived-aggregate-column
CREATE TABLE t (id int); -- expect: derived-aggregate-column
