CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE categories (id bigint PRIMARY KEY);
CREATE TABLE people (id bigint PRIMARY KEY);
CREATE TABLE addresses (id bigint PRIMARY KEY);
CREATE TABLE order_statuses (id bigint PRIMARY KEY);
CREATE TABLE analyses (id bigint PRIMARY KEY);
CREATE TABLE cookies (id bigint PRIMARY KEY);
CREATE TABLE archives (id bigint PRIMARY KEY);
CREATE TABLE knives (id bigint PRIMARY KEY);
-- Uncountable, ambiguous or not nouns: never reported.
CREATE TABLE equipment (id bigint PRIMARY KEY);
CREATE TABLE user_metadata (id bigint PRIMARY KEY);
CREATE TABLE sms (id bigint PRIMARY KEY);
CREATE TABLE billing (id bigint PRIMARY KEY);
CREATE TABLE orders_archived (id bigint PRIMARY KEY);
CREATE TABLE series (id bigint PRIMARY KEY);
-- Views and partitions follow other rules.
CREATE VIEW active_user AS SELECT id FROM users;
CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);
CREATE TABLE events_2024_q1 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
-- Qualifiers and generated suffixes are not the noun.
CREATE TABLE web_hook_logs_daily (id bigint PRIMARY KEY);
CREATE TABLE uploads_9ba88c4165 (id bigint PRIMARY KEY);
CREATE TABLE custom_emoji (id bigint PRIMARY KEY);
