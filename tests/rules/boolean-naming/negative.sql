CREATE TABLE users (
  id bigint PRIMARY KEY,
  is_active boolean,
  has_avatar boolean,
  can_invite boolean,
  should_notify boolean,
  flags boolean[],          -- arrays are not flags
  active_label text
);
CREATE VIEW v AS SELECT true AS enabled;
