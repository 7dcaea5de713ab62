-- pg_dump style: the sequence is owned by packages.id but another table's default draws from it
-- too (GitLab's packages_composer_packages). DROP SEQUENCE would fail: no fix.
CREATE SEQUENCE packages_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE packages (
  id bigint DEFAULT nextval('packages_id_seq'::regclass) NOT NULL PRIMARY KEY -- expect: prefer-identity "packages(id)"
);
ALTER SEQUENCE packages_id_seq OWNED BY packages.id;
CREATE TABLE composer_packages (
  id bigint DEFAULT nextval('packages_id_seq'::regclass) NOT NULL PRIMARY KEY
);
