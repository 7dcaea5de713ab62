CREATE TABLE schema_migrations (version text PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY); -- expect: table-name-inflection "table users is plural (users); the configured form is singular"
CREATE TABLE category (id bigint PRIMARY KEY);
CREATE TABLE order_items (id bigint PRIMARY KEY); -- expect: table-name-inflection
