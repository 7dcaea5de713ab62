-- A function signature uses the type: DROP TYPE would fail, so there is no automatic fix.
CREATE TYPE priority AS ENUM ('low', 'high'); -- expect: enum-type
CREATE TABLE tickets (id bigint PRIMARY KEY, priority priority NOT NULL);
CREATE FUNCTION bump(p priority) RETURNS priority LANGUAGE sql AS $$ SELECT 'high'::priority $$;

-- A CHECK already reads the column: ALTER COLUMN TYPE would fail on the enum literal.
CREATE TYPE size AS ENUM ('s', 'm', 'l'); -- expect: enum-type
CREATE TABLE shirts (id bigint PRIMARY KEY, size size NOT NULL CHECK (size <> 's'));

-- A view reads the table: ALTER COLUMN TYPE fails on columns a view uses.
CREATE TYPE tier AS ENUM ('free', 'pro'); -- expect: enum-type
CREATE TABLE plans (id bigint PRIMARY KEY, tier tier NOT NULL);
CREATE VIEW pro_plans AS SELECT id FROM plans;

-- Part of a partition key: its type cannot change.
CREATE TYPE region AS ENUM ('eu', 'us'); -- expect: enum-type
CREATE TABLE accounts (id bigint, region region NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);

-- A default that is not a literal cannot be restated as text.
CREATE TYPE phase AS ENUM ('alpha', 'beta'); -- expect: enum-type
CREATE FUNCTION default_phase() RETURNS text LANGUAGE sql AS $$ SELECT 'alpha' $$;
CREATE TABLE releases (id bigint PRIMARY KEY, phase phase DEFAULT default_phase()::phase);

-- A statement that does not parse (PostgreSQL 18's VIRTUAL columns) may use the type: no fix
-- anywhere in the run. (The syntax error itself is syntax-error's finding.)
CREATE TYPE rating AS ENUM ('G', 'PG'); -- expect: enum-type "no column uses it"
CREATE TABLE films (id int PRIMARY KEY, rating rating, hours numeric GENERATED ALWAYS AS (1) VIRTUAL);
