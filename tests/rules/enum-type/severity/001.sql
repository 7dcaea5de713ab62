CREATE TYPE color AS ENUM ('red', 'green'); -- expect: enum-type
