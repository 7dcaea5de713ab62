CREATE TABLE staging_rows (payload jsonb); -- expect: no-primary-key
