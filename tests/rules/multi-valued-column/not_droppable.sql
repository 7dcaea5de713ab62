-- The fix moves the array into a junction table and drops the column: no fix where PostgreSQL
-- would refuse the DROP COLUMN. An UPDATE trigger may name it in WHEN (GitLab's
-- namespaces.traversal_ids); a view reads the table.
CREATE TABLE namespaces (
  id bigint PRIMARY KEY,
  traversal_ids bigint[] NOT NULL -- expect: multi-valued-column "namespaces.traversal_ids"
);
CREATE FUNCTION sync_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER namespaces_traversal_ids_on_update AFTER UPDATE ON namespaces FOR EACH ROW
  WHEN (old.traversal_ids IS DISTINCT FROM new.traversal_ids) EXECUTE FUNCTION sync_event();

CREATE TABLE groups (
  id bigint PRIMARY KEY,
  member_ids bigint[] -- expect: multi-valued-column "groups.member_ids"
);
CREATE VIEW group_members AS SELECT id, member_ids FROM groups;
