-- A function signature uses the type: DROP TYPE would fail, so there is no automatic fix.
CREATE TYPE priority AS ENUM ('low', 'high'); -- expect: enum-type
CREATE TABLE tickets (id bigint PRIMARY KEY, priority priority NOT NULL);
CREATE FUNCTION bump(p priority) RETURNS priority LANGUAGE sql AS $$ SELECT 'high'::priority $$;

-- A CHECK already reads the column: ALTER COLUMN TYPE would fail on the enum literal.
CREATE TYPE size AS ENUM ('s', 'm', 'l'); -- expect: enum-type
CREATE TABLE shirts (id bigint PRIMARY KEY, size size NOT NULL CHECK (size <> 's'));
