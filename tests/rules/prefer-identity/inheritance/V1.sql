-- Reported on the parent only; the INHERITS child shares its default and sequence.
CREATE TABLE items (id serial PRIMARY KEY); -- expect: prefer-identity
CREATE TABLE special_items (extra text) INHERITS (items);
