-- Row-level security: every tenant table should be isolated by account_id.
ALTER TABLE members ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_isolation ON members
  USING (account_id = current_setting('app.account_id')::uuid);

ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY customers_isolation ON customers
  USING (account_id = current_setting('app.account_id')::uuid);

-- Written, but RLS on invoices is never enabled.
CREATE POLICY invoices_isolation ON invoices
  USING (account_id = current_setting('app.account_id')::uuid);

CREATE FUNCTION account_total(p_account uuid) RETURNS numeric
  LANGUAGE sql SECURITY DEFINER
  AS $$ SELECT coalesce(sum(total), 0) FROM invoices WHERE account_id = p_account $$;
