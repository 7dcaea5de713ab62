-- A column added twice (semantic-error) and a statement that does not parse (syntax-error).
ALTER TABLE customers ADD COLUMN email text;
CREATE TABLE broken (;
