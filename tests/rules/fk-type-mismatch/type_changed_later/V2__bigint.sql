-- Only the referenced side was widened.
ALTER TABLE clients ALTER COLUMN id TYPE bigint;
