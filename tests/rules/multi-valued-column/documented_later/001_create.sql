CREATE TABLE workflows (id bigint PRIMARY KEY, steps jsonb); -- expect: multi-valued-column
