-- V10 sorts after V2 (natural order), so this reference is fine.
CREATE TABLE payments (id bigint PRIMARY KEY, status order_status, order_id bigint REFERENCES orders);
