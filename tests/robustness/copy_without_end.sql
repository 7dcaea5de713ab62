CREATE TABLE a (x int);
\. 
COPY t FROM stdin;
