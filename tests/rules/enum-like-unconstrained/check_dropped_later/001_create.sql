CREATE TABLE invoices (
  id bigint PRIMARY KEY,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent')), -- expect: enum-like-unconstrained "'draft'"
  payment_state text -- draft / sent / paid
);
ALTER TABLE invoices ADD CONSTRAINT invoices_payment_state_check CHECK (payment_state IN ('draft', 'sent', 'paid'));
