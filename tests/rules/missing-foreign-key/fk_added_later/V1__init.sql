CREATE TABLE clients (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint NOT NULL);
