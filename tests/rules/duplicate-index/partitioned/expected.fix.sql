-- duplicate-index: index events_kind_again duplicates index events_kind on events(kind)
DROP INDEX public.events_kind_again;
