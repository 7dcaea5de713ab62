-- Detached: the child's copy of the column is now its own (reported at the child's definition).
ALTER TABLE special_codes NO INHERIT codes;
