CREATE TABLE tasks (
  id bigint PRIMARY KEY,
  -- expect: enum-like-unconstrained "column tasks.status (text) looks like an enum but no CHECK, foreign key or domain constrains its values; values seen in its DEFAULT and trailing comment: 'pending', 'in_progress', 'done'"
  status text NOT NULL DEFAULT 'pending', -- 'pending', 'in_progress', 'done'
  -- expect: enum-like-unconstrained "values seen in its DEFAULT and trailing comment: 'low', 'medium', 'high'"
  priority varchar(10), -- one of: low, medium, high
  task_type varchar(20) DEFAULT 'bug'::character varying, -- expect: enum-like-unconstrained "'bug'"
  kind text -- expect: enum-like-unconstrained "no values documented in its DEFAULT or trailing comment"
);

-- A domain without a CHECK constrains nothing.
CREATE DOMAIN short_text AS varchar(32);
CREATE TABLE accounts (id bigint PRIMARY KEY, tier short_text); -- expect: enum-like-unconstrained "(short_text)"
