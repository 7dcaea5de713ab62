CREATE TABLE customers (
  id bigint PRIMARY KEY,
  phone1 text, -- expect: repeating-group "1NF: columns phone1, phone2, phone3 of customers are a repeating group"
  phone2 text,
  phone3 text,
  address_line_1 text, -- expect: repeating-group "address_line_1, address_line_2, address_line_3"
  address_line_2 text,
  address_line_3 text
);

-- The number in the middle of the name: q1_sales … q4_sales.
CREATE TABLE yearly_targets (
  year int PRIMARY KEY,
  q1_sales numeric, -- expect: repeating-group "numbered series of q_sales, 4 columns of type numeric"
  q2_sales numeric,
  q3_sales numeric,
  q4_sales numeric
);

-- Only the consecutive run counts: tag5 stands apart.
CREATE TABLE posts (
  id bigint PRIMARY KEY,
  tag0 text, -- expect: repeating-group "tag0, tag1, tag2"
  tag1 text,
  tag2 text,
  tag5 text
);
