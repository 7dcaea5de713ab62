-- test: rules=fk-type-mismatch,semantic-error
-- Key types without an equality operator: PostgreSQL refuses the foreign key ("cannot be
-- implemented"), which is semantic-error's finding alone.
CREATE TABLE orgs (id int PRIMARY KEY);
CREATE TABLE users (id uuid PRIMARY KEY);
CREATE TABLE members (
  id bigint PRIMARY KEY,
  org3_id varchar REFERENCES orgs (id), -- expect: semantic-error "incompatible types: varchar and int4"
  user_id varchar(36) REFERENCES users (id), -- expect: semantic-error "incompatible types"
  -- numeric has no equality operator with int4's family and no implicit cast to it.
  org4_id numeric REFERENCES orgs (id), -- expect: semantic-error "incompatible types: numeric and int4"
  -- Accepted by PostgreSQL but still mismatched: reported by fk-type-mismatch only.
  org_id bigint REFERENCES orgs (id) -- expect: fk-type-mismatch "org_id is int8 but orgs.id is int4"
);
