-- fk-missing-index: foreign key orders(client_id) → clients(id) has no index leading with client_id
CREATE INDEX CONCURRENTLY idx_orders_client_id1 ON public.orders (client_id);
-- fk-missing-index: foreign key Customer Subscription Renewal Reminders Scheduled For Delivery(Client Identifier For The Billing Account Owner) → clients(id) has no index leading with Client Identifier For The Billing Account Owner
CREATE INDEX CONCURRENTLY "idx_Customer Subscription Renewal_Client Identifier For The Bil" ON public."Customer Subscription Renewal Reminders Scheduled For Delivery" ("Client Identifier For The Billing Account Owner");
-- fk-missing-index: foreign key order(user) → clients(id) has no index leading with user
CREATE INDEX CONCURRENTLY idx_order_user ON public."order" ("user");
