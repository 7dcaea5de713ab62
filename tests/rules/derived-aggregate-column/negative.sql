-- Nobody references this table: its counters aggregate nothing stored here.
CREATE TABLE daily_stats (day date PRIMARY KEY, visit_count int, total_revenue numeric);

CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  total_label text,                 -- not a number
  line_total numeric GENERATED ALWAYS AS (1) STORED, -- computed from the row itself
  count_of text,
  account_number int
);
CREATE TABLE invoice_lines (id bigint PRIMARY KEY, invoice_id bigint REFERENCES invoices (id));

-- A self-reference is not a child table.
CREATE TABLE categories (
  id bigint PRIMARY KEY,
  parent_id bigint REFERENCES categories (id),
  children_count int
);
