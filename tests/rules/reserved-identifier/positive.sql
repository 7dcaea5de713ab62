CREATE TABLE "user" (id bigint PRIMARY KEY); -- expect: reserved-identifier "table user is named with the reserved keyword USER: every statement must quote it"
CREATE TABLE "order" ( -- expect: reserved-identifier "reserved keyword ORDER"
  id bigint PRIMARY KEY,
  timestamp timestamptz, -- expect: reserved-identifier "column order.timestamp is named with the keyword TIMESTAMP (column-name category)"
  "left" int, -- expect: reserved-identifier "the keyword LEFT (type/function-name category): every statement must quote it as a table or column name"
  "check" boolean -- expect: reserved-identifier "reserved keyword CHECK"
);
CREATE SCHEMA "table"; -- expect: reserved-identifier "schema table"
CREATE TYPE "position" AS ENUM ('a', 'b'); -- expect: reserved-identifier "every statement must quote it as a function or type name"
