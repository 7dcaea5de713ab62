-- redundant-index: index events_kind on events(kind) is redundant: index events_kind_at (kind, at) starts with the same columns
DROP INDEX IF EXISTS public.events_kind;
