-- timestamp-naming: timestamp column comments.created_at (timestamptz) does not end in _ts
ALTER TABLE public.comments RENAME COLUMN created_at TO created_ts;
