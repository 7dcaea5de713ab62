CREATE TABLE logs (
  id bigint PRIMARY KEY,
  timestamp timestamptz,
  time time,
  "user" text -- expect: reserved-identifier
);
