-- The migration that reopens the enum gets its own finding.
ALTER TYPE role ADD VALUE IF NOT EXISTS 'owner' BEFORE 'admin'; -- expect: enum-type "enum type role gains value 'owner' here"
