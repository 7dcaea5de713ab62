CREATE TABLE carts (id bigint PRIMARY KEY, total_price numeric); -- expect: derived-aggregate-column
CREATE TABLE cart_items (id bigint PRIMARY KEY, cart_id bigint REFERENCES carts (id), price numeric);
