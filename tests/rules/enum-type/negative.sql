-- CHECK constraints and lookup tables are what the rule recommends.
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'shipped'))
);
CREATE TYPE money_amount AS (value numeric, currency text);
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');

-- An enum dropped again is gone.
CREATE TYPE mood AS ENUM ('sad', 'happy');
DROP TYPE mood;
