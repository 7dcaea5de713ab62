CREATE TABLE clients (id uuid PRIMARY KEY);
CREATE TABLE orders (id uuid PRIMARY KEY, client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE);
