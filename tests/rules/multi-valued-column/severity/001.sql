CREATE TABLE teams (id uuid PRIMARY KEY, member_ids uuid[]); -- expect: multi-valued-column
