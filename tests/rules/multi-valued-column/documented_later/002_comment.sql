-- The comment that says what the document holds comes in a later migration.
COMMENT ON COLUMN workflows.steps IS 'Array of step IDs, in order';
