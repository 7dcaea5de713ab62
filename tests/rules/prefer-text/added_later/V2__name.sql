ALTER TABLE users ADD COLUMN display_name varchar(64); -- expect: prefer-text
