ALTER TABLE memberships RENAME COLUMN member TO user_id;
