-- tenant-column-no-fk: tenant column shipments(customer_id) is not a foreign key to iam.customers
ALTER TABLE public.shipments ADD FOREIGN KEY (customer_id) REFERENCES iam.customers (id);
