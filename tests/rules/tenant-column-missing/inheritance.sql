-- An INHERITS child inherits the tenant column: it is judged on its own and carries it.
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE items (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id));
CREATE TABLE special_items (extra text) INHERITS (items);
CREATE TABLE other_items (id bigint PRIMARY KEY, tenant_id bigint NOT NULL REFERENCES tenants (id));
