-- The final type counts, reported where it was set; the INHERITS child is covered by its parent.
ALTER TABLE events ALTER COLUMN happened_at TYPE timestamp; -- expect: prefer-timestamptz
ALTER TABLE events ALTER COLUMN parent_ts TYPE timestamptz;
