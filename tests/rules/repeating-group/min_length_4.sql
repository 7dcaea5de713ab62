CREATE TABLE customers (id bigint PRIMARY KEY, phone1 text, phone2 text, phone3 text);
