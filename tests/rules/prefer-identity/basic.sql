CREATE TABLE orders (id serial PRIMARY KEY, note text); -- expect: prefer-identity "column orders(id) is serial, not an identity column"
CREATE TABLE events (id bigserial PRIMARY KEY); -- expect: prefer-identity "is bigserial"
CREATE TABLE flags (id smallserial PRIMARY KEY); -- expect: prefer-identity

-- pg_dump writes a serial column as a sequence it owns plus a DEFAULT.
CREATE TABLE public.users (id integer NOT NULL, email text); -- expect: prefer-identity "column users(id) is serial"
CREATE SEQUENCE public.users_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;
ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);
