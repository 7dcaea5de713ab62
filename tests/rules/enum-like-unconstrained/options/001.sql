CREATE TABLE orders (
  id bigint PRIMARY KEY,
  status text,                 -- listed in exceptions as orders.status
  flavour text, -- expect: enum-like-unconstrained "orders.flavour"
  build_phase text, -- expect: enum-like-unconstrained "orders.build_phase"
  kind text,                   -- not in the configured names any more
  legacy_status text
);
CREATE TABLE shipments (id bigint PRIMARY KEY, status text); -- expect: enum-like-unconstrained "shipments.status"
