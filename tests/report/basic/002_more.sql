CREATE TABLE regions (id int PRIMARY KEY);
-- ddlint-disable-next-line semantic-error -- expected, fixed in V3
CREATE TABLE dup (id int, id int);
-- ddlint-disable-next-line semantic-error, no-such-rule
CREATE TABLE fine (id int PRIMARY KEY, owner_id int REFERENCES nowhere (id));
CREATE TABLE (;
