-- Replaced by text plus CHECK in a later migration: nothing left to report.
ALTER TABLE switches ALTER COLUMN state TYPE text USING state::text,
  ADD CONSTRAINT switches_state_check CHECK (state IN ('on', 'off'));
DROP TYPE state;
