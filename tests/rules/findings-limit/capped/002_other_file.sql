-- The cap is per file: this file's findings are all reported.
CREATE TABLE g (v varchar(10)); -- expect: prefer-text
CREATE TABLE h (id int, id int); -- expect: semantic-error
CREATE TABLE i (v varchar(10)); -- expect: prefer-text
