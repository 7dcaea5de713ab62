CREATE TABLE projects (id bigint PRIMARY KEY, path text NOT NULL);
CREATE TABLE deployments (
  id bigint PRIMARY KEY,
  project_id bigint NOT NULL,
  project_path text -- expect: transitive-dependency "repeats projects.path"
);
