-- GitLab's (and Rails') index names: the fix follows index_<table>_on_<columns>.
CREATE TABLE projects (id bigint PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE issues (
  id bigint PRIMARY KEY,
  project_id bigint NOT NULL REFERENCES projects (id), -- expect: fk-missing-index
  author_id bigint NOT NULL REFERENCES users (id) -- expect: fk-missing-index
);
-- The name is taken: the next free one still matches the pattern.
CREATE INDEX index_issues_on_author_id ON issues (id);
