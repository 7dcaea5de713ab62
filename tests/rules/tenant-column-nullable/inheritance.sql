-- An INHERITS child inherits the nullable column: the finding is on the parent, whose
-- SET NOT NULL reaches the child too.
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE items (id bigint PRIMARY KEY, tenant_id bigint REFERENCES tenants (id)); -- expect: tenant-column-nullable "items(tenant_id)"
CREATE TABLE special_items (extra text) INHERITS (items);
