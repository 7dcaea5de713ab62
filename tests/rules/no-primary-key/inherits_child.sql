-- INHERITS copies columns, never the parent's primary key.
CREATE TABLE vehicles (id bigint PRIMARY KEY, name text);
CREATE TABLE cars (doors int) INHERITS (vehicles); -- expect: no-primary-key "INHERITS does not copy the primary key of vehicles"
CREATE TABLE boats (id bigint PRIMARY KEY, length int) INHERITS (vehicles);
