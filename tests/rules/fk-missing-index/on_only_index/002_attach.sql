CREATE INDEX runs_1_project_id_idx ON runs_1 USING btree (project_id);
ALTER INDEX runs_project_id_idx ATTACH PARTITION runs_1_project_id_idx;
