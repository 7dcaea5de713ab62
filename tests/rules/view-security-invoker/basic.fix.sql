-- view-security-invoker: view document_titles reads documents, which has row-level security, without security_invoker: it returns rows with its owner's rights and bypasses the policies
ALTER VIEW public.document_titles SET (security_invoker = true);
-- view-security-invoker: view recent reads documents, which has row-level security, without security_invoker: it returns rows with its owner's rights and bypasses the policies
ALTER VIEW public.recent SET (security_invoker = true);
-- view-security-invoker: view titles_again reads documents, which has row-level security, without security_invoker: it returns rows with its owner's rights and bypasses the policies
ALTER VIEW public.titles_again SET (security_invoker = true);
