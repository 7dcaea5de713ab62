-- 3 of 5 shared: 60%.
CREATE TABLE customers (id bigint PRIMARY KEY, first_name text, last_name text, email text, phone text, birthday date);
CREATE TABLE employees (id bigint PRIMARY KEY, first_name text, last_name text, email text, salary numeric, hired_on date);

-- Small tables (fewer than 3 non-audit columns) are never compared.
CREATE TABLE post_tags (post_id bigint, tag_id bigint);
CREATE TABLE post_likes (post_id bigint, tag_id bigint);

-- Partitions and inheritance children repeat their parent's columns by design.
CREATE TABLE events (id bigint, kind text, payload jsonb, at date) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE vehicles (id bigint PRIMARY KEY, make text, model text, year int);
CREATE TABLE cars (doors int) INHERITS (vehicles);
