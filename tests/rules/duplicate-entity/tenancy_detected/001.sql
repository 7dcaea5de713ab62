-- tenant_id is detected (on 2 of 3 tables) and left out: two non-tenant columns are too few to
-- compare (min_columns 3).
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE contacts (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id), full_name text, phone_number text);
CREATE TABLE leads (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id), full_name text, phone_number text);
