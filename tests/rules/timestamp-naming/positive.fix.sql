-- timestamp-naming: timestamp column users.created (timestamptz) does not end in _at
ALTER TABLE public.users RENAME COLUMN created TO created_at;
-- timestamp-naming: timestamp column users.last_login (timestamp) does not end in _at
ALTER TABLE public.users RENAME COLUMN last_login TO last_login_at;
-- timestamp-naming: timestamp column users.published_on (timestamptz) does not end in _at
ALTER TABLE public.users RENAME COLUMN published_on TO published_at;
-- timestamp-naming: timestamp column users.expiry_date (timestamptz) does not end in _at
ALTER TABLE public.users RENAME COLUMN expiry_date TO expiry_at;
