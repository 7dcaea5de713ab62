CREATE TABLE warehouses (
  region text NOT NULL,
  code text NOT NULL,
  PRIMARY KEY (region, code)
);

-- The first two keys are the FK columns, in the other order: covered.
CREATE TABLE stock (
  id bigint PRIMARY KEY,
  wh_region text NOT NULL,
  wh_code text NOT NULL,
  FOREIGN KEY (wh_region, wh_code) REFERENCES warehouses (region, code)
);
CREATE INDEX stock_code_region ON stock (wh_code, wh_region, id);

-- The FK columns are keys 1 and 3: not covered.
CREATE TABLE shipments (
  id bigint PRIMARY KEY,
  wh_region text NOT NULL,
  shipped_on date,
  wh_code text NOT NULL,
  -- expect: fk-missing-index "shipments(wh_region, wh_code) → warehouses(region, code) has no index whose leading columns are (wh_region, wh_code)"
  FOREIGN KEY (wh_region, wh_code) REFERENCES warehouses (region, code)
);
CREATE INDEX shipments_region_day_code ON shipments (wh_region, shipped_on, wh_code);

-- An index on one of the two columns does not cover the pair.
CREATE TABLE returns (
  id bigint PRIMARY KEY,
  wh_region text NOT NULL,
  wh_code text NOT NULL,
  CONSTRAINT returns_wh_fk FOREIGN KEY (wh_region, wh_code) REFERENCES warehouses -- expect: fk-missing-index
);
CREATE INDEX returns_region ON returns (wh_region);
