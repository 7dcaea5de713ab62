CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE categories (id bigint PRIMARY KEY);
CREATE TABLE countries (code char(2) PRIMARY KEY);
CREATE TABLE posts (
  id bigint PRIMARY KEY,
  -- a role: reported, but the rename is left to a person
  author bigint REFERENCES users (id), -- expect: fk-column-naming "foreign key column posts.author references users(id) but is not named user_id"
  cat bigint REFERENCES categories (id), -- expect: fk-column-naming "is not named category_id"
  -- the target itself: renamed by the fix
  country char(2) REFERENCES countries (code) -- expect: fk-column-naming "is not named country_code"
);
CREATE TABLE sessions (id bigint PRIMARY KEY, userid bigint REFERENCES users (id)); -- expect: fk-column-naming "sessions.userid"
CREATE TABLE bookmarks (id bigint PRIMARY KEY, categories_id bigint REFERENCES categories (id)); -- expect: fk-column-naming
