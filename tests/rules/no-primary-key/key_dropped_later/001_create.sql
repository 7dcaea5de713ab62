CREATE TABLE orders (id bigint PRIMARY KEY, total numeric); -- expect: no-primary-key
