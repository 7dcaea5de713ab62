-- Dropping the key brings the finding back, located where the table was created.
ALTER TABLE orders DROP CONSTRAINT orders_pkey;
