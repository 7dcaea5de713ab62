-- duplicate-index: index events_kind_again duplicates index events_kind on events(kind)
DROP INDEX IF EXISTS public.events_kind_again;
