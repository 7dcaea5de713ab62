CREATE TABLE {{ index .Options "Namespace" }}.users (id uuid); -- expect: syntax-error@14
CREATE TABLE ${schema}.accounts (id uuid); -- expect: syntax-error
CREATE TABLE :"schema".x (id int); -- expect: syntax-error
CREATE TABLE fine (id int);
