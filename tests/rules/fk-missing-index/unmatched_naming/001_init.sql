-- No usual spelling matches the configured pattern: the fix still comes, and says the name must
-- be adapted to it.
CREATE TABLE projects (id bigint PRIMARY KEY);
CREATE TABLE issues (
  id bigint PRIMARY KEY,
  project_id bigint NOT NULL REFERENCES projects (id) -- expect: fk-missing-index
);
