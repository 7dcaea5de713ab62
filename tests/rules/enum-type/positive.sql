CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped'); -- expect: enum-type "enum type order_status ('pending', 'paid', 'shipped', 'cancelled'; used by orders.status, orders.history)"
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  status order_status NOT NULL DEFAULT 'pending',
  history order_status[]
);
ALTER TYPE order_status ADD VALUE 'cancelled'; -- expect: enum-type "enum type order_status gains value 'cancelled' here"

-- An enum nobody uses: the fix just drops it.
CREATE SCHEMA billing;
CREATE TYPE billing.currency AS ENUM ('eur', 'usd'); -- expect: enum-type "enum type billing.currency ('eur', 'usd'; no column uses it)"
