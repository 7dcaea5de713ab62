-- pg_dump style: a partitioned table whose partitions live elsewhere. An index created ON ONLY a
-- partitioned table without partitions is valid at once, so it covers the FK.
CREATE TABLE projects (id bigint PRIMARY KEY);
CREATE TABLE builds (id bigint NOT NULL, partition_id bigint NOT NULL, project_id bigint)
  PARTITION BY LIST (partition_id);
CREATE INDEX builds_project_id_idx ON ONLY builds USING btree (project_id);
ALTER TABLE builds ADD CONSTRAINT fk_builds_project FOREIGN KEY (project_id) REFERENCES projects (id);

-- With a partition, ON ONLY leaves the index invalid until every partition has one attached.
CREATE TABLE jobs (id bigint NOT NULL, partition_id bigint NOT NULL, project_id bigint)
  PARTITION BY LIST (partition_id);
CREATE TABLE jobs_1 PARTITION OF jobs FOR VALUES IN (1);
CREATE TABLE jobs_2 PARTITION OF jobs FOR VALUES IN (2);
CREATE INDEX jobs_project_id_idx ON ONLY jobs USING btree (project_id);
ALTER TABLE jobs ADD CONSTRAINT fk_jobs_project FOREIGN KEY (project_id) REFERENCES projects (id); -- expect: fk-missing-index "jobs(project_id)"
CREATE INDEX jobs_1_project_id_idx ON jobs_1 USING btree (project_id);
ALTER INDEX jobs_project_id_idx ATTACH PARTITION jobs_1_project_id_idx;

-- Attached on every partition: valid, covered.
CREATE TABLE runs (id bigint NOT NULL, partition_id bigint NOT NULL, project_id bigint)
  PARTITION BY LIST (partition_id);
CREATE TABLE runs_1 PARTITION OF runs FOR VALUES IN (1);
CREATE INDEX runs_project_id_idx ON ONLY runs USING btree (project_id);
ALTER TABLE runs ADD CONSTRAINT fk_runs_project FOREIGN KEY (project_id) REFERENCES projects (id);
