CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);
-- Same columns, other targets or other target columns; two columns to the same table.
CREATE TABLE messages (
  id bigint PRIMARY KEY,
  sender_id bigint REFERENCES users (id),
  recipient_id bigint REFERENCES users (id),
  sender_email text REFERENCES users (email)
);
CREATE TABLE admins (id bigint PRIMARY KEY);
ALTER TABLE messages ADD CONSTRAINT fk_messages_sender_admin FOREIGN KEY (sender_id) REFERENCES admins (id);
-- A duplicate that was dropped again.
ALTER TABLE messages ADD CONSTRAINT fk_messages_sender FOREIGN KEY (sender_id) REFERENCES users (id);
ALTER TABLE messages DROP CONSTRAINT messages_sender_id_fkey;
