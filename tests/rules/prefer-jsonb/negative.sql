CREATE DOMAIN doc AS jsonb;
CREATE TABLE webhooks (id bigint PRIMARY KEY, payload jsonb, body doc, path jsonpath, raw text);
-- Changed to jsonb later: the final type counts.
CREATE TABLE legacy (id bigint PRIMARY KEY, data json);
ALTER TABLE legacy ALTER COLUMN data TYPE jsonb USING data::jsonb;
