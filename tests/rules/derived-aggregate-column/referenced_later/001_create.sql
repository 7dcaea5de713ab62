CREATE TABLE forums (id bigint PRIMARY KEY, posts_count int NOT NULL DEFAULT 0); -- expect: derived-aggregate-column "posts references forums"
