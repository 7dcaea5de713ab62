CREATE INDEX a_c_idx ON a (c);
