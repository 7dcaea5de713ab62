-- psql meta-commands and COPY data are handled as psql does: no findings here.
\set ON_ERROR_STOP 1
\c mydb;
SET search_path = public;
CREATE TABLE t (id int PRIMARY KEY, name text);
COPY t (id, name) FROM stdin;
1	one; two
2	'unbalanced
\.
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT a + b;
END;
\if :is_prod
  CREATE INDEX t_name_idx ON t (name);
\endif
