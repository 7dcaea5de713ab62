CREATE TABLE users (
  id bigint PRIMARY KEY,
  created timestamptz NOT NULL DEFAULT now(), -- expect: timestamp-naming "timestamp column users.created (timestamptz) does not end in _at"
  last_login timestamp, -- expect: timestamp-naming "(timestamp)"
  published_on timestamptz, -- expect: timestamp-naming
  expiry_date timestamptz -- expect: timestamp-naming
);
