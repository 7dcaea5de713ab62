-- Composite keys, composite FKs with actions, INCLUDE, partial and expression indexes.
CREATE TABLE projects (tenant_id int, id int, name text, PRIMARY KEY (tenant_id, id));
CREATE TABLE tasks (
  tenant_id int NOT NULL,
  id int NOT NULL,
  project_id int NOT NULL,
  title text,
  done boolean DEFAULT false,
  PRIMARY KEY (tenant_id, id) INCLUDE (title),
  FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id)
    MATCH FULL ON DELETE CASCADE ON UPDATE RESTRICT DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX tasks_title_uq ON tasks (tenant_id, lower(title)) WHERE NOT done;
CREATE INDEX tasks_open_idx ON tasks USING hash (project_id) WHERE done IS NOT TRUE;
ALTER TABLE tasks ADD CONSTRAINT tasks_title_len CHECK (length(title) < 200) NOT VALID;
ALTER TABLE tasks ADD CONSTRAINT tasks_state CHECK (title IN ('a', 'b'));
