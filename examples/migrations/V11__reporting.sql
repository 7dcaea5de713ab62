CREATE VIEW open_invoices AS
  SELECT i.id, i.number, c.name AS customer_name, i.total
  FROM invoices i JOIN customers c ON c.id = i.customer_id
  WHERE i.status <> 'paid';

CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
CREATE TABLE an_extremely_long_table_name_that_postgres_will_silently_truncate_for_you (id int PRIMARY KEY);
