ALTER TABLE accounts RENAME COLUMN locked TO is_locked;
