CREATE TABLE orders (id bigint PRIMARY KEY, status order_status); -- expect: forward-reference "order_status"
