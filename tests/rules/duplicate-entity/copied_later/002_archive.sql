-- An archive table created in a later migration.
CREATE TABLE invoices_archive (id bigint PRIMARY KEY, number text, customer_id bigint, amount numeric, due_on date); -- expect: duplicate-entity "invoices and invoices_archive"
