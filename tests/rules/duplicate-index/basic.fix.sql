-- duplicate-index: unique index users_email_uniq duplicates unique constraint users_email_key on users(email)
DROP INDEX CONCURRENTLY IF EXISTS public.users_email_uniq;
-- duplicate-index: index users_email_idx duplicates unique constraint users_email_key on users(email)
DROP INDEX CONCURRENTLY IF EXISTS public.users_email_idx;
-- duplicate-index: index users_name_ci duplicates index users_lower_name on users(lower(name))
DROP INDEX CONCURRENTLY IF EXISTS public.users_name_ci;
-- duplicate-index: index users_named_again duplicates index users_named on users(name)
DROP INDEX CONCURRENTLY IF EXISTS public.users_named_again;
-- duplicate-index: unique constraint sessions_id_key duplicates primary key sessions_pkey on sessions(id)
ALTER TABLE public.sessions DROP CONSTRAINT sessions_id_key;
