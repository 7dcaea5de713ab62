CREATE TABLE "Invoices" (id bigint PRIMARY KEY, "dueOn" date, "Amount" numeric); -- expect: naming-case "Amount"
