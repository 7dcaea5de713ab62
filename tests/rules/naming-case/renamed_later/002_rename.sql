-- Renames in a later migration fix the table and one column: only the other column is left.
ALTER TABLE "Invoices" RENAME TO invoices;
ALTER TABLE invoices RENAME COLUMN "dueOn" TO due_on;
