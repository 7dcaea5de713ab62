CREATE TABLE users (
  id bigint PRIMARY KEY,
  active boolean NOT NULL DEFAULT true, -- expect: boolean-naming "boolean column users.active does not start with is_, has_, can_, should_"
  admin bool, -- expect: boolean-naming
  email_verified boolean -- expect: boolean-naming
);
ALTER TABLE users ADD COLUMN notifications boolean; -- expect: boolean-naming
