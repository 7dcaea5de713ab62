-- search_path decides where unqualified objects are created and found.
CREATE SCHEMA app;
CREATE SCHEMA audit;
SET search_path TO app, public;
CREATE TABLE users (id uuid PRIMARY KEY);
CREATE TABLE public.settings (id int PRIMARY KEY, user_id uuid REFERENCES users (id));
SET search_path = audit;
CREATE TABLE log (id bigint, user_id uuid REFERENCES app.users);
SELECT pg_catalog.set_config('search_path', 'public', false);
CREATE TABLE plain (id int);
