CREATE TABLE customers (id bigint PRIMARY KEY, first_name text, last_name text, email text, phone text, notes text);
CREATE TABLE employees (id bigint PRIMARY KEY, first_name text, last_name text, salary numeric, notes text); -- expect: duplicate-entity "share 2 of their non-audit columns (50%"
