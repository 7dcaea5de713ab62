-- The third email arrives later: the series now has three members.
ALTER TABLE contacts ADD COLUMN email3 text;
