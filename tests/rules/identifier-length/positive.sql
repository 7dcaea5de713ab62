-- 69 bytes: PostgreSQL keeps the first 63.
CREATE TABLE customer_subscription_renewal_reminder_notification_preferences_table (id bigint PRIMARY KEY); -- expect: identifier-length "is 69 bytes; PostgreSQL silently truncates it to"

CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, created_at timestamptz);
-- expect: identifier-length "index_orders_on_customer_id_and_created_at_for_the_monthly_invoice_job"
CREATE INDEX index_orders_on_customer_id_and_created_at_for_the_monthly_invoice_job ON orders (customer_id, created_at);

-- Two names with the same first 63 bytes are one name to PostgreSQL.
ALTER TABLE orders ADD COLUMN shipping_address_verification_status_reported_by_the_carrier_at_pickup text; -- expect: identifier-length "all truncate to"
-- A later reference with another ending still resolves to the same column.
COMMENT ON COLUMN orders.shipping_address_verification_status_reported_by_the_carrier_at_delivery IS 'x';

-- Multibyte characters are never cut in half: 32 two-byte letters and 'xy' make 66 bytes, and
-- PostgreSQL keeps 31 letters (62 bytes).
CREATE TABLE ééééééééééééééééééééééééééééééééxy (id int PRIMARY KEY); -- expect: identifier-length "(62 bytes)"
