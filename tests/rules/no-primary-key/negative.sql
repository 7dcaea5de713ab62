CREATE TABLE users (id bigint PRIMARY KEY, email text);
CREATE TABLE memberships (user_id bigint, group_id bigint, PRIMARY KEY (user_id, group_id));
CREATE TABLE later (id bigint);
ALTER TABLE later ADD PRIMARY KEY (id);

-- Views, temporary tables and foreign tables are not tables that need a key.
CREATE VIEW active_users AS SELECT id FROM users;
CREATE TEMPORARY TABLE scratch (x int);

-- Partitions take the partitioned parent's key.
CREATE TABLE events (id bigint, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
