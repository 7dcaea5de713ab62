CREATE TABLE events (
  id bigint PRIMARY KEY,
  happened_at timestamp NOT NULL, -- expect: prefer-timestamptz "column events(happened_at) is timestamp without time zone"
  logged_at timestamp(3) without time zone, -- expect: prefer-timestamptz
  history timestamp[], -- expect: prefer-timestamptz
  created_at timestamptz NOT NULL DEFAULT now(),
  day date,
  at_time time
);
-- A domain over timestamp counts; the fix belongs on the domain, so none is given here.
CREATE DOMAIN local_ts AS timestamp CHECK (VALUE > '2000-01-01');
CREATE TABLE visits (id bigint PRIMARY KEY, seen local_ts); -- expect: prefer-timestamptz "seen) is timestamp without time zone (through domain public.local_ts)"
