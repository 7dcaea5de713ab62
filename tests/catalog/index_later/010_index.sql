CREATE INDEX CONCURRENTLY invoices_client_idx ON invoices (client_id);
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_isolation ON invoices USING (client_id = current_setting('app.client')::bigint);
