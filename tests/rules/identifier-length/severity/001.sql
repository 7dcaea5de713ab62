CREATE TABLE t (id int PRIMARY KEY, a_column_name_that_is_clearly_far_too_long_for_postgresql_to_keep_whole int); -- expect: identifier-length
