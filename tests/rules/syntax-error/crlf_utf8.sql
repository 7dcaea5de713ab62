CREATE TABLE "café" (id int);
SELECT 'é', (; -- expect: syntax-error@14
