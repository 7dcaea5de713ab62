CREATE TABLE users (
  id bigint PRIMARY KEY,
  name varchar(255) NOT NULL, -- expect: prefer-text "column users(name) is varchar(255)"
  email character varying(320), -- expect: prefer-text
  aliases varchar(40)[], -- expect: prefer-text
  bio varchar,
  notes text
);
CREATE DOMAIN short_label AS varchar(16);
CREATE TABLE tags (id bigint PRIMARY KEY, label short_label); -- expect: prefer-text "(through domain public.short_label)"
