-- Quoted identifiers keep their case; unquoted ones fold to lower case.
CREATE TABLE "Orders" ("Id" int PRIMARY KEY, "customerName" text, Total numeric);
CREATE TABLE MixedCase (ID int PRIMARY KEY, "Orders_Id" int REFERENCES "Orders" ("Id"));
CREATE INDEX "IdxTotal" ON "Orders" (Total);
COMMENT ON COLUMN "Orders"."customerName" IS 'as typed';
