CREATE TABLE contacts (
  id bigint PRIMARY KEY,
  email1 text, -- expect: repeating-group "email1, email2, email3"
  email2 text
);
