CREATE TABLE users (
  id bigint PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  birthday date,                 -- dates are not timestamps
  lunch_time time,
  history timestamptz[],
  last_login_at timestamp
);
