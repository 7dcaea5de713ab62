-- Applied after V2 (natural order): the table is rebuilt without an index.
CREATE TABLE audit (id bigint PRIMARY KEY, order_id bigint);
ALTER TABLE audit ADD CONSTRAINT fk_audit_order FOREIGN KEY (order_id) REFERENCES orders (id); -- expect: fk-missing-index
CREATE INDEX idx_audit_order_id ON audit (order_id);
DROP INDEX idx_audit_order_id;
