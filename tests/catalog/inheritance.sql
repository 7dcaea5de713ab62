-- INHERITS: columns and CHECK constraints are inherited; PK, UNIQUE, FK and indexes are not.
CREATE TABLE people (id int PRIMARY KEY, name text NOT NULL, age int CHECK (age >= 0));
CREATE INDEX people_name_idx ON people (name);
CREATE TABLE employees (salary numeric) INHERITS (people);
ALTER TABLE people ADD COLUMN email text;
ALTER TABLE people ADD CONSTRAINT people_name_check CHECK (name <> '');
