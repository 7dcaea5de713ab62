-- Reported once, on the parent: the INHERITS child has the same column.
CREATE TABLE codes (code char(4)); -- expect: no-char-n
CREATE TABLE special_codes (note text) INHERITS (codes); -- expect: no-char-n "special_codes(code)"
