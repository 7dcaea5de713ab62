CREATE TABLE user_profile (id bigint PRIMARY KEY); -- expect: table-name-inflection "table user_profile is singular (profile); the configured form is plural"
CREATE TABLE category (id bigint PRIMARY KEY); -- expect: table-name-inflection
CREATE TABLE person (id bigint PRIMARY KEY); -- expect: table-name-inflection
CREATE TABLE address (id bigint PRIMARY KEY); -- expect: table-name-inflection
CREATE TABLE order_status (id bigint PRIMARY KEY); -- expect: table-name-inflection
