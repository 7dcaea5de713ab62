-- Renamed to a short name in a later migration: the long name no longer names anything.
ALTER TABLE subscription_renewal_reminder_notification_preferences_per_customer RENAME TO renewal_preferences;
