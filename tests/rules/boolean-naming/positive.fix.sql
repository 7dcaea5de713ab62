-- boolean-naming: boolean column users.active does not start with is_, has_, can_, should_
ALTER TABLE public.users RENAME COLUMN active TO is_active;
-- boolean-naming: boolean column users.admin does not start with is_, has_, can_, should_
ALTER TABLE public.users RENAME COLUMN admin TO is_admin;
-- boolean-naming: boolean column users.email_verified does not start with is_, has_, can_, should_
ALTER TABLE public.users RENAME COLUMN email_verified TO is_email_verified;
-- boolean-naming: boolean column users.notifications does not start with is_, has_, can_, should_
ALTER TABLE public.users RENAME COLUMN notifications TO is_notifications;
