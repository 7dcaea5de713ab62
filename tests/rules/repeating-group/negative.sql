CREATE TABLE customers (
  id bigint PRIMARY KEY,
  -- two columns are a pair, not a group (min_length 3)
  phone1 text,
  phone2 text,
  -- numbers that are part of a technical name
  ipv4 inet,
  ipv6 inet,
  sha1 text,
  sha256 text,
  md5 text,
  -- not consecutive
  slot1 int,
  slot3 int,
  slot5 int
);

-- Different types do not form one series.
CREATE TABLE shapes (id bigint PRIMARY KEY, x1 int, x2 numeric, x3 text);

-- Single letters are placeholders or coordinates, not repeated attributes.
CREATE TABLE test_tbl (c1 int, c2 int, c3 int, x1 numeric, x2 numeric, x3 numeric);
