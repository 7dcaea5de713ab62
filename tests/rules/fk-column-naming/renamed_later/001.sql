CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE teams (id bigint PRIMARY KEY);
CREATE TABLE memberships (
  member bigint REFERENCES users (id),
  team bigint REFERENCES teams (id), -- expect: fk-column-naming "memberships.team"
  PRIMARY KEY (member, team)
);
