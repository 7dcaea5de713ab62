CREATE TABLE profiles (
  id uuid PRIMARY KEY,
  user_id uuid REFERENCES auth.users (id), -- expect: undefined-object "auth.users"
  owner_id uuid REFERENCES owners (id), -- expect: undefined-object "owners"
  mood feeling -- expect: undefined-object "feeling"
);
ALTER TABLE missing ADD COLUMN x int; -- expect: undefined-object
ALTER TABLE IF EXISTS missing ADD COLUMN x int;
CREATE TABLE app.things (id int); -- expect: undefined-object "schema"
