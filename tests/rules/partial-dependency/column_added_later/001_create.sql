CREATE TABLE courses (id bigint PRIMARY KEY, title text NOT NULL);
CREATE TABLE students (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE enrolments (
  course_id bigint REFERENCES courses (id),
  student_id bigint REFERENCES students (id),
  PRIMARY KEY (course_id, student_id)
);
