ALTER TABLE orders ALTER COLUMN client_id TYPE bigint;
