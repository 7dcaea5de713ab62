-- "Temporarily" opened up for a demo.
ALTER POLICY projects_read ON projects USING (true); -- expect: policy-always-true
