CREATE TABLE orders (id bigint NOT NULL, total numeric);
