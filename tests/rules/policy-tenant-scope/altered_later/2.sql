-- ALTER POLICY in a later migration loses the tenant check: the finding points here.
ALTER POLICY projects_tenant ON projects USING (is_public); -- expect: policy-tenant-scope "projects_tenant"
