-- Declarative partitioning is not INHERITS.
CREATE TABLE events (id bigint, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- LIKE copies the definition once; nothing is linked.
CREATE TABLE events_archive (LIKE events INCLUDING ALL);
-- Inheritance removed again.
CREATE TABLE base (id int);
CREATE TABLE child (x int) INHERITS (base);
ALTER TABLE child NO INHERIT base;
