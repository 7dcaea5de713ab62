CREATE TABLE clients (id bigint PRIMARY KEY);
-- The suggested name is taken by an unrelated index: the fix picks the next free one.
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id bigint REFERENCES clients (id), -- expect: fk-missing-index
  status text
);
CREATE INDEX idx_orders_client_id ON orders (status);

-- Long names are shortened to 63 bytes the way PostgreSQL shortens generated names.
CREATE TABLE "Customer Subscription Renewal Reminders Scheduled For Delivery" (
  id bigint PRIMARY KEY,
  "Client Identifier For The Billing Account Owner" bigint REFERENCES clients (id) -- expect: fk-missing-index
);

-- Reserved words are quoted in the fix.
CREATE TABLE "order" (id bigint PRIMARY KEY, "user" bigint REFERENCES clients (id)); -- expect: fk-missing-index "order(user)"
