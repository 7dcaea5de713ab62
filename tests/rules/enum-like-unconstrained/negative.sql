CREATE TABLE statuses (code text PRIMARY KEY);
CREATE DOMAIN level_name AS text CHECK (VALUE IN ('debug', 'info', 'warn'));
CREATE TABLE tasks (
  id bigint PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('pending', 'done')),   -- a CHECK reads it
  state text REFERENCES statuses (code),                         -- a foreign key
  level level_name,                                              -- a domain with a CHECK
  priority int,                                                  -- not text
  mode_count int,
  category text,
  CONSTRAINT tasks_category_check CHECK (length(category) > 0 AND category <> 'misc'),
  -- the type half of a polymorphic association: owner_type goes with owner_id
  owner_type text,
  owner_id bigint,
  -- open vocabularies
  content_type text,
  mime_type text,
  -- names that are not enum-like
  description text,
  stated_reason text
);

-- `state` in an address is a region.
CREATE TABLE addresses (id bigint PRIMARY KEY, street text, city text, state text, zip text,
                        shipping_city text, shipping_state text);

-- Exceptions match as suffixes too: manifest_media_type is a MIME type.
CREATE TABLE artifacts (id bigint PRIMARY KEY, manifest_media_type text, token_type text,
                        response_status text);
