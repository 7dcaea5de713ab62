CREATE TABLE users (id bigint PRIMARY KEY, password text);
CREATE TABLE sessions (id bigint PRIMARY KEY, token text); -- expect: plaintext-secret "sessions(token)"
