-- FIXME: a case that triggers plaintext-secret
CREATE TABLE t (id int); -- expect: plaintext-secret
