CREATE TABLE "UserAccounts" ( -- expect: naming-case "is not lower snake_case: it was quoted to keep its upper case"
  id bigint PRIMARY KEY,
  "firstName" text, -- expect: naming-case "firstName"
  "e-mail" text, -- expect: naming-case "it needs quotes in every statement"
  CONSTRAINT "UserAccounts_email_Key" UNIQUE ("e-mail") -- expect: naming-case "UserAccounts_email_Key"
);
CREATE INDEX "IdxFirstName" ON "UserAccounts" ("firstName"); -- expect: naming-case "IdxFirstName"
CREATE TYPE "Mood" AS ENUM ('sad', 'happy'); -- expect: naming-case "Mood"
CREATE DOMAIN "PositiveInt" AS int CHECK (VALUE > 0); -- expect: naming-case "PositiveInt"
CREATE FUNCTION "getUser"(user_id bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT user_id $$; -- expect: naming-case "getUser"
CREATE VIEW "ActiveUsers" AS SELECT id FROM "UserAccounts"; -- expect: naming-case "ActiveUsers"
CREATE POLICY "Users can read" ON "UserAccounts" FOR SELECT USING (true); -- expect: naming-case "Users can read"

-- Generated names ("Orders_pkey", "Orders_total_check") follow the table: reported once, on it.
CREATE TABLE "Orders" (id bigint PRIMARY KEY, total numeric CHECK (total > 0)); -- expect: naming-case
