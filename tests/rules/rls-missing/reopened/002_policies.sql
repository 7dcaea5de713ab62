CREATE POLICY tasks_tenant ON tasks USING (tenant_id = current_setting('app.tenant_id')::uuid);
