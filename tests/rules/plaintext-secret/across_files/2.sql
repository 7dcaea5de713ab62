-- Renamed to say what it holds: no finding for users. sessions.token is still plain.
ALTER TABLE users RENAME COLUMN password TO password_hash;
COMMENT ON COLUMN sessions.token IS 'opaque session id';
