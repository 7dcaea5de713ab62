CREATE TABLE clients (id int PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, client_id int REFERENCES clients (id)); -- expect: fk-type-mismatch "client_id is int4 but clients.id is int8"
