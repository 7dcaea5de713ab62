-- prefer-text: column users(name) is varchar(255)
ALTER TABLE public.users ALTER COLUMN name TYPE text, ADD CONSTRAINT chk_users_name_length CHECK (char_length(name) <= 255);
-- prefer-text: column users(email) is varchar(320)
ALTER TABLE public.users ALTER COLUMN email TYPE text, ADD CONSTRAINT chk_users_email_length CHECK (char_length(email) <= 320);
-- prefer-text: column users(aliases) is varchar(40)
ALTER TABLE public.users ALTER COLUMN aliases TYPE text[];
