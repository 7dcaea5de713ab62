-- test: rules=duplicate-index,redundant-index
-- orders_client_id_idx2 duplicates orders_client_id_idx and both are prefixes of the wider index:
-- the duplicate gets duplicate-index's finding only, the one kept is redundant.
CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX orders_client_id_idx ON orders (client_id); -- expect: redundant-index "index orders_client_id_idx on orders(client_id) is redundant"
CREATE INDEX orders_client_id_idx2 ON orders (client_id); -- expect: duplicate-index "index orders_client_id_idx2 duplicates index orders_client_id_idx"
CREATE INDEX orders_client_id_created_at_idx ON orders (client_id, created_at);
