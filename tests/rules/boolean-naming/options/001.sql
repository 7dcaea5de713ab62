CREATE TABLE users (
  id bigint PRIMARY KEY,
  allow_marketing boolean,
  deleted boolean,
  enabled boolean,
  can_invite boolean -- expect: boolean-naming "does not start with is_, has_, allow_"
);
CREATE TABLE teams (id bigint PRIMARY KEY, enabled boolean); -- expect: boolean-naming "teams.enabled"
