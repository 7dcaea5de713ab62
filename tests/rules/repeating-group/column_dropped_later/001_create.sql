CREATE TABLE contacts (id bigint PRIMARY KEY, email1 text, email2 text, email3 text);
