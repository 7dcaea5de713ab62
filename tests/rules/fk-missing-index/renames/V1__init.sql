CREATE TABLE clients (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, client_id bigint NOT NULL REFERENCES clients (id));
CREATE INDEX orders_client_id_idx ON orders (client_id);
CREATE TABLE visits (id bigint PRIMARY KEY, client_id bigint REFERENCES clients (id)); -- expect: fk-missing-index "visits(client_id) → customers(id)"
CREATE INDEX visits_client_id_idx ON visits (client_id);
