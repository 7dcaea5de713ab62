-- naming-case: table "UserAccounts" is not lower snake_case: it was quoted to keep its upper case, so every statement must quote it the same way
ALTER TABLE public."UserAccounts" RENAME TO user_accounts;
-- naming-case: column "UserAccounts"."firstName" is not lower snake_case: it was quoted to keep its upper case, so every statement must quote it the same way
ALTER TABLE public."UserAccounts" RENAME COLUMN "firstName" TO first_name;
-- naming-case: column "UserAccounts"."e-mail" is not lower snake_case: it needs quotes in every statement
ALTER TABLE public."UserAccounts" RENAME COLUMN "e-mail" TO e_mail;
-- naming-case: constraint "UserAccounts_email_Key" on "UserAccounts" is not lower snake_case: it was quoted to keep its upper case, so every statement must quote it the same way
ALTER TABLE public."UserAccounts" RENAME CONSTRAINT "UserAccounts_email_Key" TO user_accounts_email_key;
-- naming-case: index "IdxFirstName" on "UserAccounts" is not lower snake_case: it was quoted to keep its upper case, so every statement must quote it the same way
ALTER INDEX public."IdxFirstName" RENAME TO idx_first_name;
-- naming-case: type "Mood" is not lower snake_case: it was quoted to keep its upper case, so every statement must quote it the same way
ALTER TYPE public."Mood" RENAME TO mood;
-- naming-case: type "PositiveInt" is not lower snake_case: it was quoted to keep its upper case, so every statement must quote it the same way
ALTER DOMAIN public."PositiveInt" RENAME TO positive_int;
-- naming-case: function "getUser" is not lower snake_case: it was quoted to keep its upper case, so every statement must quote it the same way
ALTER FUNCTION public."getUser"(int8) RENAME TO get_user;
-- naming-case: view "ActiveUsers" is not lower snake_case: it was quoted to keep its upper case, so every statement must quote it the same way
ALTER VIEW public."ActiveUsers" RENAME TO active_users;
-- naming-case: policy "Users can read" on "UserAccounts" is not lower snake_case: it needs quotes in every statement
ALTER POLICY "Users can read" ON public."UserAccounts" RENAME TO users_can_read;
-- naming-case: table "Orders" is not lower snake_case: it was quoted to keep its upper case, so every statement must quote it the same way
ALTER TABLE public."Orders" RENAME TO orders;
