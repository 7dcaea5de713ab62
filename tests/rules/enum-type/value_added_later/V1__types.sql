CREATE TYPE role AS ENUM ('member', 'admin'); -- expect: enum-type "('member', 'owner', 'admin'; used by memberships.role)"
CREATE TABLE memberships (user_id bigint, team_id bigint, role role NOT NULL DEFAULT 'member', PRIMARY KEY (user_id, team_id));
