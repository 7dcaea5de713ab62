-- The configured root wins over the most common FK target; several roots may be listed.
CREATE SCHEMA iam;
CREATE TABLE iam.customers (id bigint PRIMARY KEY);
CREATE TABLE iam.partners (id bigint PRIMARY KEY);
CREATE TABLE regions (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES iam.customers (id));
CREATE TABLE referrals (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES iam.partners (id));
CREATE TABLE shipments (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES regions (id)); -- expect: tenant-column-no-fk "is not a foreign key to iam.customers"
