-- Options (configured.ddlint.json): other words, other markers.
CREATE TABLE integrations (
  id bigint PRIMARY KEY,
  webhook_signing_key text, -- expect: plaintext-secret "(signing_key)"
  password text,
  pin_sealed text
);
CREATE TABLE cards (id bigint PRIMARY KEY, pin text); -- expect: plaintext-secret "cards(pin)"
