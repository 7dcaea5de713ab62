CREATE TABLE invoice (id bigint PRIMARY KEY);
CREATE TABLE invoice_line (id bigint PRIMARY KEY); -- expect: table-name-inflection "invoice_line"
