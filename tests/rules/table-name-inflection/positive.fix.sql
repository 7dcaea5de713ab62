-- table-name-inflection: table user_profile is singular (profile); the configured form is plural
ALTER TABLE public.user_profile RENAME TO user_profiles;
-- table-name-inflection: table category is singular (category); the configured form is plural
ALTER TABLE public.category RENAME TO categories;
-- table-name-inflection: table person is singular (person); the configured form is plural
ALTER TABLE public.person RENAME TO people;
-- table-name-inflection: table address is singular (address); the configured form is plural
ALTER TABLE public.address RENAME TO addresses;
-- table-name-inflection: table order_status is singular (status); the configured form is plural
ALTER TABLE public.order_status RENAME TO order_statuses;
