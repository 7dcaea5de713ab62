-- Input of the reporter golden files (tests/unit/test_report.cpp).
CREATE TABLE clients (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  client_id bigint NOT NULL,
  region_id int REFERENCES regions (id),
  CONSTRAINT orders_client_fk FOREIGN KEY (client_id) REFERENCES clients (email)
);
-- Multibyte and astral characters: SARIF counts UTF-16 code units, text code points.
CREATE TABLE "café_😀" (naïve int, "a<b>&""c" int, "a<b>&""c" int);
