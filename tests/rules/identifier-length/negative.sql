-- Exactly 63 bytes is fine.
CREATE TABLE customer_subscription_renewal_reminder_notification_preferences (id bigint PRIMARY KEY);
-- Long string literals and comments are not identifiers.
COMMENT ON TABLE customer_subscription_renewal_reminder_notification_preferences IS 'a very long comment that goes on and on and on and on and on and on and on';
