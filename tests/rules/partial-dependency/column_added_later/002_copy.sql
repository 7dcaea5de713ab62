-- The copy arrives in a later migration.
ALTER TABLE enrolments ADD COLUMN course_title text; -- expect: partial-dependency "repeats courses.title"
