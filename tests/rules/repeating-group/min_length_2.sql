CREATE TABLE customers (
  id bigint PRIMARY KEY,
  phone1 text, -- expect: repeating-group "phone1, phone2"
  phone2 text
);
