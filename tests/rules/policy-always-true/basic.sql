CREATE TABLE tenants (id uuid PRIMARY KEY);
CREATE TABLE projects (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
CREATE TABLE tasks (id uuid PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants (id));
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON projects FOR SELECT USING (true); -- expect: policy-always-true "policy read_all on projects has USING (true), which is always true"
CREATE POLICY insert_any ON projects FOR INSERT TO authenticated WITH CHECK (1 = 1); -- expect: policy-always-true "WITH CHECK (1 = 1)"
CREATE POLICY tasks_any ON tasks USING ('a' = 'a' OR tenant_id = current_setting('app.tenant_id')::uuid); -- expect: policy-always-true
CREATE POLICY tasks_cast ON tasks FOR UPDATE USING ('t'::boolean); -- expect: policy-always-true
CREATE POLICY tasks_not ON tasks FOR DELETE USING (NOT false); -- expect: policy-always-true
-- The classic slip: the column compared with itself.
CREATE POLICY tasks_self ON tasks FOR SELECT USING (tenant_id = tenant_id); -- expect: policy-always-true
