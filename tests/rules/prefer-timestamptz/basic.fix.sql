-- prefer-timestamptz: column events(happened_at) is timestamp without time zone
ALTER TABLE public.events ALTER COLUMN happened_at TYPE timestamptz;
-- prefer-timestamptz: column events(logged_at) is timestamp without time zone
ALTER TABLE public.events ALTER COLUMN logged_at TYPE timestamptz(3);
-- prefer-timestamptz: column events(history) is timestamp without time zone
ALTER TABLE public.events ALTER COLUMN history TYPE timestamptz[];
