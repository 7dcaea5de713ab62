CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE addresses (id bigint PRIMARY KEY);
CREATE TABLE countries (code char(2) PRIMARY KEY);
CREATE TABLE tenants (id bigint PRIMARY KEY);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  user_id bigint REFERENCES users (id),
  billing_address_id bigint REFERENCES addresses (id),     -- a role before the expected name
  country_code char(2) REFERENCES countries (code),
  tenant_id bigint REFERENCES tenants (id)
);
-- Several keys to one table need roles.
CREATE TABLE transfers (
  id bigint PRIMARY KEY,
  sender_id bigint REFERENCES users (id),
  receiver_id bigint REFERENCES users (id)
);
-- A self-reference needs a role too.
CREATE TABLE categories (id bigint PRIMARY KEY, parent_id bigint REFERENCES categories (id));
-- Composite keys repeat the tenant column.
CREATE TABLE projects (tenant_id bigint, id bigint, PRIMARY KEY (tenant_id, id));
CREATE TABLE tasks (
  id bigint PRIMARY KEY,
  tenant_id bigint,
  project_id bigint,
  FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id)
);
