-- Nobody references this table: its counters aggregate nothing stored here.
CREATE TABLE daily_stats (day date PRIMARY KEY, visit_count int, total_revenue numeric);

CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  total_label text,                 -- not a number
  line_total numeric GENERATED ALWAYS AS (1) STORED, -- computed from the row itself
  count_of text,
  account_number int,
  -- nothing stored counts or sums these: tallies of events and settings
  sign_in_count int,
  max_line_count int,
  required_approval_count int,
  total_weight numeric              -- no child has a weight
);
CREATE TABLE invoice_lines (id bigint PRIMARY KEY, invoice_id bigint REFERENCES invoices (id),
                            amount numeric);
CREATE TABLE approval_rules (id bigint PRIMARY KEY, invoice_id bigint REFERENCES invoices (id));

-- A self-reference is not a child table.
CREATE TABLE categories (
  id bigint PRIMARY KEY,
  parent_id bigint REFERENCES categories (id),
  children_count int
);

-- The counted word is the table itself: a child named after it proves nothing.
CREATE TABLE issues (id bigint PRIMARY KEY, blocking_issues_count int);
CREATE TABLE issue_escalations (id bigint PRIMARY KEY, issue_id bigint REFERENCES issues (id));
