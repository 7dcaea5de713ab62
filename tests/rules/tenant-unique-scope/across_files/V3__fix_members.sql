-- Dropped again in a later migration: only the invoice number remains.
DROP INDEX members_lower_id_idx;
