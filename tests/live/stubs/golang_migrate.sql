-- The bookkeeping table golang-migrate creates before it runs the first migration; Harbor's
-- migrations read and write it. Applied first by the live-database parity test, by psql and by
-- ddlint alike.
CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);
