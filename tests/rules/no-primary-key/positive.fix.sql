-- no-primary-key: 1NF: table users has no primary key, so its rows cannot be told apart; unique key users_email_key (email) on NOT NULL columns could be promoted
ALTER TABLE public.users ADD PRIMARY KEY (email);
-- no-primary-key: 1NF: table tags has no primary key, so its rows cannot be told apart; unique key tags_slug_uidx (slug) on NOT NULL columns could be promoted
ALTER TABLE public.tags ADD PRIMARY KEY (slug);
