-- With `org` as the tenant column, (org, id) is a plain key, but (org, course_id, student_id) is
-- still composite.
CREATE TABLE courses (id bigint PRIMARY KEY, title text NOT NULL);
CREATE TABLE students (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE enrolments (
  org bigint NOT NULL,
  course_id bigint REFERENCES courses (id),
  student_id bigint REFERENCES students (id),
  student_name text, -- expect: partial-dependency "only part of the key (org, course_id, student_id)"
  PRIMARY KEY (org, course_id, student_id)
);
