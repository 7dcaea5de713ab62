CREATE TABLE projects (
  id bigint PRIMARY KEY,
  name text NOT NULL,
  issues_count int NOT NULL DEFAULT 0, -- expect: derived-aggregate-column "3NF: column projects.issues_count stores an aggregate of child rows (issues references projects and is what the name counts; tables referencing projects: issues, milestones), derived data that depends on other tables' rows rather than on the key of projects"
  total_hours numeric, -- expect: derived-aggregate-column "(issues.hours of the issues rows that reference projects; tables referencing projects: issues, milestones)"
  num_milestones int, -- expect: derived-aggregate-column "milestones references projects"
  estimate_average float8 -- expect: derived-aggregate-column "issues.estimate"
);
CREATE TABLE issues (id bigint PRIMARY KEY, project_id bigint NOT NULL REFERENCES projects (id),
                     hours numeric, estimate int);
CREATE TABLE milestones (id bigint PRIMARY KEY, project_id bigint NOT NULL REFERENCES projects (id));

-- The child may carry more words than the counter: merge_request_diff_files for files_count.
CREATE TABLE diffs (id bigint PRIMARY KEY, files_count int); -- expect: derived-aggregate-column "diff_files references diffs"
CREATE TABLE diff_files (id bigint PRIMARY KEY, diff_id bigint REFERENCES diffs (id));
