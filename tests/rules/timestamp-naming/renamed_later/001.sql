CREATE TABLE posts (id bigint PRIMARY KEY, published timestamptz, edited timestamptz); -- expect: timestamp-naming "posts.edited"
