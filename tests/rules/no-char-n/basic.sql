CREATE TABLE countries (
  code char(2) PRIMARY KEY, -- expect: no-char-n "column countries(code) is char(2)"
  iso3 character(3), -- expect: no-char-n "is char(3)"
  flag char, -- expect: no-char-n "is char(1)"
  kind "char",
  name text
);
CREATE DOMAIN currency_code AS char(3);
CREATE TABLE prices (id bigint PRIMARY KEY, currency currency_code); -- expect: no-char-n "(through domain public.currency_code)"
