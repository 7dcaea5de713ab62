-- A function returns the type, written without its schema (kestra's STATE_FROMTEXT): no fix.
CREATE TYPE state_type AS ENUM ('CREATED', 'RUNNING'); -- expect: enum-type "state_type"
CREATE FUNCTION state_fromtext(text) RETURNS state_type LANGUAGE sql IMMUTABLE
  RETURN CAST($1 AS state_type);
CREATE TABLE executions (
  id bigint PRIMARY KEY,
  value jsonb,
  state state_type GENERATED ALWAYS AS (state_fromtext(value ->> 'state')) STORED
);

-- A generated column of the type: its expression yields the enum, and PostgreSQL refuses USING
-- on a generated column: no fix.
CREATE TYPE toggle AS ENUM ('on', 'off'); -- expect: enum-type "toggle"
CREATE TABLE switches (
  id bigint PRIMARY KEY,
  flag boolean NOT NULL,
  state toggle GENERATED ALWAYS AS (CASE WHEN flag THEN 'on'::toggle ELSE 'off'::toggle END) STORED
);
