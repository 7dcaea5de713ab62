ALTER TABLE invoices ADD CONSTRAINT invoices_number_key UNIQUE (number); -- expect: tenant-unique-scope@26
CREATE UNIQUE INDEX members_lower_id_idx ON members ((lower(id::text)));
