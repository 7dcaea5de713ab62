CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  total money NOT NULL DEFAULT 0, -- expect: no-money-type "column invoices(total) uses the money type"
  net numeric(12,2)
);
CREATE DOMAIN price AS money;
CREATE TABLE products (id bigint PRIMARY KEY, list_price price, history money[]); -- expect: no-money-type "(through domain public.price)", no-money-type "products(history)"
