CREATE TABLE a (id int PRIMARY KEY); -- expect: semantic-error
