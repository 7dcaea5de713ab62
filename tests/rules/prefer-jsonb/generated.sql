-- PostgreSQL refuses USING on a generated column (it recomputes the expression): the fix has none.
CREATE TABLE docs (
  id bigint PRIMARY KEY,
  body text,
  parsed json GENERATED ALWAYS AS (body::json) STORED -- expect: prefer-jsonb "docs(parsed)"
);
