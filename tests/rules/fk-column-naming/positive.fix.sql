-- fk-column-naming: foreign key column posts.country references countries(code) but is not named country_code
ALTER TABLE public.posts RENAME COLUMN country TO country_code;
-- fk-column-naming: foreign key column sessions.userid references users(id) but is not named user_id
ALTER TABLE public.sessions RENAME COLUMN userid TO user_id;
-- fk-column-naming: foreign key column bookmarks.categories_id references categories(id) but is not named category_id
ALTER TABLE public.bookmarks RENAME COLUMN categories_id TO category_id;
