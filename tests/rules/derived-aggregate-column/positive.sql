CREATE TABLE projects (
  id bigint PRIMARY KEY,
  name text NOT NULL,
  issues_count int NOT NULL DEFAULT 0, -- expect: derived-aggregate-column "column projects.issues_count looks like a stored aggregate of child rows (issues references projects and its name matches)"
  total_hours numeric, -- expect: derived-aggregate-column "(issues, milestones reference projects)"
  num_milestones int, -- expect: derived-aggregate-column "milestones references projects and its name matches"
  rating_average float8 -- expect: derived-aggregate-column
);
CREATE TABLE issues (id bigint PRIMARY KEY, project_id bigint NOT NULL REFERENCES projects (id));
CREATE TABLE milestones (id bigint PRIMARY KEY, project_id bigint NOT NULL REFERENCES projects (id));
