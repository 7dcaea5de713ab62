-- FIXME: a case that triggers security-definer-search-path
CREATE TABLE t (id int); -- expect: security-definer-search-path
