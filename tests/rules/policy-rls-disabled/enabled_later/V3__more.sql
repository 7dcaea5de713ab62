CREATE INDEX ON documents (owner);
