CREATE TABLE ok_before (id int PRIMARY KEY);
CREATE TABLE broken (
  id int PRIMARY KEY,
  total numeric(10,2),
); -- expect: syntax-error@1 "at or near"
CREATE TABLE ok_after (id int PRIMARY KEY);
SELECT 1 +; -- expect: syntax-error@11
