-- test: rules=unused-suppression,forward-reference
-- A finding is suppressed by its location or by one of its related locations: the forward
-- reference below relates to the statement that creates the referenced table.
CREATE TABLE orders (id int PRIMARY KEY, client_id int REFERENCES clients (id));
-- ddlint-disable-next-line forward-reference -- created late on purpose, applied by hand
CREATE TABLE clients (id int PRIMARY KEY);
